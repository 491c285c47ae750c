(* Functors of the program: definitions and applications (Typemod's
   Pmod_functor and Pmod_apply). *)

module type Ordered = sig type t val compare : t -> t -> int end
module Make (X : Ordered) = struct
  type elt = X.t
  type tree = Leaf | Node of tree * X.t * tree
  let empty = Leaf
  let rec insert x = function
    | Leaf -> Node (Leaf, x, Leaf)
    | Node (l, y, r) as t ->
      let c = X.compare x y in
      if c < 0 then Node (insert x l, y, r)
      else if c > 0 then Node (l, y, insert x r)
      else t
  let rec mem x = function
    | Leaf -> false
    | Node (l, y, r) ->
      let c = X.compare x y in
      c = 0 || mem x (if c < 0 then l else r)
end
[%%expect{|
module type Ordered = sig type t val compare : t -> t -> int end
module Make :
  functor (X : Ordered) ->
    sig
      type elt = X.t
      type tree = Leaf | Node of tree * X.t * tree
      val empty : tree
      val insert : X.t -> tree -> tree
      val mem : X.t -> tree -> bool
    end
|}]

(* Applied to a module path: its types are the argument's, and the body's
   own types are F(A).t. *)
module IntTree = Make (Int)
let t = IntTree.insert 3 IntTree.empty
let b = IntTree.mem 3 t
let leaf = IntTree.Leaf
[%%expect{|
module IntTree :
  sig
    type elt = Int.t
    type tree = Make(Int).tree = Leaf | Node of tree * Int.t * tree
    val empty : tree
    val insert : Int.t -> tree -> tree
    val mem : Int.t -> tree -> bool
  end
val t : IntTree.tree = IntTree.Node (IntTree.Leaf, 3, IntTree.Leaf)
val b : bool = true
val leaf : IntTree.tree = IntTree.Leaf
|}]

(* Applied twice to the same path: the same types. *)
module IntTree2 = Make (Int)
let same = IntTree2.mem 1 t
[%%expect{|
module IntTree2 :
  sig
    type elt = Int.t
    type tree = Make(Int).tree = Leaf | Node of tree * Int.t * tree
    val empty : tree
    val insert : Int.t -> tree -> tree
    val mem : Int.t -> tree -> bool
  end
val same : bool = false
|}]

(* Applied to a structure: its types replaced by their definitions. *)
module StringTree = Make (struct type t = string let compare = compare end)
let s = StringTree.insert "a" StringTree.empty
let wrong = StringTree.insert 1 StringTree.empty
[%%expect{|
module StringTree :
  sig
    type elt = string
    type tree = Leaf | Node of tree * string * tree
    val empty : tree
    val insert : string -> tree -> tree
    val mem : string -> tree -> bool
  end
val s : StringTree.tree =
  StringTree.Node (StringTree.Leaf, "a", StringTree.Leaf)
Line 3, characters 30-31:
3 | let wrong = StringTree.insert 1 StringTree.empty
                                  ^
Error: This expression has type int but an expression was expected of type
         string
|}]

(* A parameter given by its signature, and several parameters. *)
module Incr (X : sig val x : int end) = struct let y = X.x + 1 end
module One = Incr (struct let x = 1 end)
module Pair (A : Ordered) (B : Ordered) = struct
  let compare (a1, b1) (a2, b2) =
    let c = A.compare a1 a2 in if c <> 0 then c else B.compare b1 b2
end
[%%expect{|
module Incr : functor (X : sig val x : int end) -> sig val y : int end
module One : sig val y : int end
module Pair :
  functor (A : Ordered) (B : Ordered) ->
    sig val compare : A.t * B.t -> A.t * B.t -> int end
|}]

(* Errors inside a functor's body speak of the parameter's types. *)
module Broken (X : Ordered) = struct
  let f x = X.compare x 1.0
end
[%%expect{|
Line 2, characters 24-27:
2 |   let f x = X.compare x 1.0
                            ^^^
Error: This expression has type float but an expression was expected of type
         X.t
|}]

(* The parameter is not bound outside the functor, and a functor has no
   components. *)
let y = X.compare
[%%expect{|
Line 1, characters 8-17:
1 | let y = X.compare
            ^^^^^^^^^
Error: Unbound module X
|}]

let z = Make.empty
[%%expect{|
Line 1, characters 8-18:
1 | let z = Make.empty
            ^^^^^^^^^^
Error: The module Make is a functor, it cannot have any components
|}]

(* A functor whose body raises and matches its own exception. *)
module Stack (E : sig type t end) = struct
  exception Empty
  type t = E.t list ref
  let create () : t = ref []
  let push x (s : t) = s := x :: !s
  let pop (s : t) = match !s with [] -> raise Empty | x :: r -> s := r; x
end
module S = Stack (String)
let st = S.create ()
let () = S.push "x" st
let top = try S.pop st with S.Empty -> ""
[%%expect{|
module Stack :
  functor (E : sig type t end) ->
    sig
      exception Empty
      type t = E.t list ref
      val create : unit -> t
      val push : E.t -> t -> unit
      val pop : t -> E.t
    end
module S :
  sig
    exception Empty
    type t = String.t list ref
    val create : unit -> t
    val push : String.t -> t -> unit
    val pop : t -> String.t
  end
val st : S.t = {contents = []}
val top : String.t = "x"
|}]

(* A result constrained to a module type: its abstract types are the
   functor's, F(A).t once applied to a path; a result given by name keeps
   it when applied to a structure. *)
module type Set = sig
  type elt
  type t
  val empty : t
  val add : elt -> t -> t
  val mem : elt -> t -> bool
end
module MakeSet (X : Ordered) : Set with type elt = X.t = struct
  type elt = X.t
  type t = elt list
  let empty = []
  let add x s = if List.exists (fun y -> X.compare x y = 0) s then s else x :: s
  let mem x s = List.exists (fun y -> X.compare x y = 0) s
end
module IS = MakeSet (Int)
let s = IS.add 1 IS.empty
let leak : int list = s
[%%expect{|
module type Set =
  sig
    type elt
    type t
    val empty : t
    val add : elt -> t -> t
    val mem : elt -> t -> bool
  end
module MakeSet :
  functor (X : Ordered) ->
    sig
      type elt = X.t
      type t
      val empty : t
      val add : elt -> t -> t
      val mem : elt -> t -> bool
    end
module IS :
  sig
    type elt = Int.t
    type t = MakeSet(Int).t
    val empty : t
    val add : elt -> t -> t
    val mem : elt -> t -> bool
  end
val s : IS.t = <abstr>
Line 17, characters 22-23:
17 | let leak : int list = s
                           ^
Error: This expression has type IS.t = MakeSet(Int).t
       but an expression was expected of type int list
|}]

module type Counter = sig type t val zero : t val incr : t -> t end
module Count (X : sig end) : Counter = struct
  type t = int
  let zero = 0
  let incr = succ
end
module C1 = Count (struct end)
let z = C1.incr C1.zero
[%%expect{|
module type Counter = sig type t val zero : t val incr : t -> t end
module Count : functor (X : sig end) -> Counter
module C1 : Counter
val z : C1.t = <abstr>
|}]
