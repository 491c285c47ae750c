(* A record built in a branch must not change what the patterns mean: the
   match is exhaustive, and the record of mutable fields is expansive. *)
type t = { o : bool; i : bool }

let f = function
  | { o = true; _ } -> 0
  | { o = false; i } -> ignore { o = true; i = true }; if i then 1 else 2

type 'a cell = { mutable contents : 'a; name : string }

let g { name; _ } = ignore { o = false; i = false }; name

let r = { contents = []; name = "r" }
