let merge (a : (string * int list * float option) list) (b : (string * int list * float option) list) : (string * int list * float) list = a @ b
