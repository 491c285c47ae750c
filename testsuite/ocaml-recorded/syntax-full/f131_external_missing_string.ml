external f : int -> int = 
