type t += 
