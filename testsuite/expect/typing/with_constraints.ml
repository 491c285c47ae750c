(* Module types with `with type` constraints (Typemod.merge_constraint). *)

module type Ring = sig
  type t
  val zero : t
  val add : t -> t -> t
  val to_string : t -> string
end
module type IntRing = Ring with type t = int
[%%expect{|
module type Ring =
  sig
    type t
    val zero : t
    val add : t -> t -> t
    val to_string : t -> string
  end
module type IntRing =
  sig
    type t = int
    val zero : t
    val add : t -> t -> t
    val to_string : t -> string
  end
|}]

module I : IntRing = struct
  type t = int
  let zero = 0
  let add = ( + )
  let to_string = string_of_int
end
let three = I.add 1 2
[%%expect{|
module I : IntRing
val three : I.t = 3
|}]

module F : Ring with type t = float = struct
  type t = float
  let zero = 0.
  let add = ( +. )
  let to_string = string_of_float
end
let x = F.add F.zero 1.5
let bad = F.add 1 F.zero
[%%expect{|
module F :
  sig
    type t = float
    val zero : t
    val add : t -> t -> t
    val to_string : t -> string
  end
val x : F.t = 1.5
Line 8, characters 16-17:
8 | let bad = F.add 1 F.zero
                    ^
Error: This expression has type int but an expression was expected of type
         F.t = float
  Hint: Did you mean `1.'?
|}]

(* A parametrised type, a signature written in place, and several
   constraints joined by `and`. *)
module type Monad = sig
  type 'a t
  val return : 'a -> 'a t
  val bind : 'a t -> ('a -> 'b t) -> 'b t
end
module Maybe : Monad with type 'a t = 'a option = struct
  type 'a t = 'a option
  let return x = Some x
  let bind m f = match m with None -> None | Some x -> f x
end
let m = Maybe.bind (Some 1) (fun x -> Maybe.return (x + 1))
[%%expect{|
module type Monad =
  sig
    type 'a t
    val return : 'a -> 'a t
    val bind : 'a t -> ('a -> 'b t) -> 'b t
  end
module Maybe :
  sig
    type 'a t = 'a option
    val return : 'a -> 'a t
    val bind : 'a t -> ('a -> 'b t) -> 'b t
  end
val m : int Maybe.t = Some 2
|}]

module type Set = sig type elt type t val empty : t val add : elt -> t -> t end
  with type elt = string and type t = string list
[%%expect{|
module type Set =
  sig
    type elt = string
    type t = string list
    val empty : t
    val add : elt -> t -> t
  end
|}]

(* A type the signature does not have. *)
module type Bad = Ring with type u = int
[%%expect{|
Line 1, characters 18-40:
1 | module type Bad = Ring with type u = int
                      ^^^^^^^^^^^^^^^^^^^^^^
Error: The signature constrained by `with' has no component named u
|}]

(* The constraint is read outside the signature: its types are not in
   scope. *)
module type Scope = sig type a type b end with type b = a
[%%expect{|
Line 1, characters 56-57:
1 | module type Scope = sig type a type b end with type b = a
                                                            ^
Error: Unbound type constructor a
|}]

(* The structure must agree with the constraint. *)
module Missing : IntRing = struct type t = int let zero = 0 end
[%%expect{|
Line 1, characters 27-63:
1 | module Missing : IntRing = struct type t = int let zero = 0 end
                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Signature mismatch:
       Modules do not match:
         sig type t = int val zero : int end
       is not included in
         IntRing
       The value `add' is required but not provided
       The value `to_string' is required but not provided
|}]

(* An abstract type left abstract stays the module's own. *)
module type Pair = sig type a type b val make : a -> b -> a * b end
module P : Pair with type a = int = struct
  type a = int
  type b = string
  let make x y = (x, y)
end
let p = P.make 1
[%%expect{|
module type Pair = sig type a type b val make : a -> b -> a * b end
module P : sig type a = int type b val make : a -> b -> a * b end
val p : P.b -> P.a * P.b = <fun>
|}]

module type Small = sig type t val v : t end
module S : Small with type t = int = struct type t = int let v = "" end
[%%expect{|
module type Small = sig type t val v : t end
Line 2, characters 37-71:
2 | module S : Small with type t = int = struct type t = int let v = "" end
                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Signature mismatch:
       Modules do not match:
         sig type t = int val v : string end
       is not included in
         sig type t = int val v : t end
       Values do not match: val v : string is not included in val v : t
|}]

(* The signature's other types are copied, what they name replaced. *)
module type Tree = sig
  type elt
  type t = Leaf | Node of t * elt * t
  type path = t list
  val insert : elt -> t -> t
end
module type IntTree = Tree with type elt = int
module T : IntTree = struct
  type elt = int
  type t = Leaf | Node of t * elt * t
  type path = t list
  let rec insert x = function
    | Leaf -> Node (Leaf, x, Leaf)
    | Node (l, y, r) as n -> if x < y then Node (insert x l, y, r) else if x > y then Node (l, y, insert x r) else n
end
let t = T.insert 1 T.Leaf
let bad = T.Node (T.Leaf, "one", T.Leaf)
[%%expect{|
module type Tree =
  sig
    type elt
    type t = Leaf | Node of t * elt * t
    type path = t list
    val insert : elt -> t -> t
  end
module type IntTree =
  sig
    type elt = int
    type t = Leaf | Node of t * elt * t
    type path = t list
    val insert : elt -> t -> t
  end
module T : IntTree
val t : T.t = T.Node (T.Leaf, 1, T.Leaf)
Line 17, characters 26-31:
17 | let bad = T.Node (T.Leaf, "one", T.Leaf)
                               ^^^^^
Error: This expression has type string but an expression was expected of type
         T.elt = int
Line 17, characters 10-40:
17 | let bad = T.Node (T.Leaf, "one", T.Leaf)
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Hint: `T.Node (T.Leaf, "one", T.Leaf)' is likely the mistake.
|}]
