(* Refutation cases `p -> .` that no value reaches: a wildcard of a type
   without constructors, reached through a tuple, a constructor or an
   or-pattern, or a case that an earlier one covers (warning 11 stays
   silent for it). *)
type empty = |
let absurd (x : empty) = match x with _ -> .
let f (x : (int, empty) result) = match x with Ok n -> n | Error _ -> .
let g = function (Ok n : (int, empty) result) -> n | Error _ -> .
let h (x : int option) = match x with Some n -> n | None -> 0 | _ -> .
type t = A | B of empty
let k = function A -> 1 | B _ -> .
let k2 (x : t * empty option) = match x with (A, None) -> 1 | (B _, _) -> . | (_, Some _) -> . | (A, _) -> 2
type 'a tree = Leaf | Node of 'a tree * 'a * 'a tree
let f (t : empty tree) = match t with Leaf -> 0 | Node _ -> .
let f (x : (empty, int) Either.t) = match x with Right n -> n | Left _ -> . | _ -> 3
let g (x : bool) = match x with true -> 1 | false -> 2 | _ -> .
let h (x : empty option) = match x with None -> 0 | Some (_ as y) -> .
let k = function (Ok x : (int, empty * int) result) -> x | Error (_, _) -> .
let o (x : (empty, empty) Either.t option) = match x with None -> 0 | Some (Left _ | Right _) -> .
