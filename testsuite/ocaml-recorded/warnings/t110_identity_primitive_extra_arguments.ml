(* Extra arguments of a function whose result is a type variable are
   warning 20, except for a %identity primitive (Typecore: Obj.magic,
   Fun.id...). *)
let f a b c = a + b + c
let magic : int = Obj.magic f None None None
let same x = Fun.id x 1 2
let failing () = failwith "no" 1
