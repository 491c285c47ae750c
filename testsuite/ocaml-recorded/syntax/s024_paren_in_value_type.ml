let id : (int -> int = fun x -> x
