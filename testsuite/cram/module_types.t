A structure constrained to a module type: `module M : S = struct ... end`
with S a `module type S = sig ... end` or a signature. Every expected output
below is what ocamlc 4.13.1 printed for the same file (`ocamlc -i`).

The module has the module type's items; its abstract types are its own
(`int Queue2.t`), a defined one keeps its constructors or labels.

  $ cat > queue.ml <<'EOF'
  > module type QUEUE = sig
  >   type 'a t
  >   exception Empty
  >   val empty : 'a t
  >   val push : 'a -> 'a t -> 'a t
  >   val pop : 'a t -> 'a * 'a t
  > end
  > 
  > module Queue2 : QUEUE = struct
  >   type 'a t = 'a list * 'a list
  >   exception Empty
  >   let empty = ([], [])
  >   let push x (f, b) = (f, x :: b)
  >   let rec pop = function
  >     | [], [] -> raise Empty
  >     | [], b -> pop (List.rev b, [])
  >     | x :: f, b -> (x, (f, b))
  > end
  > 
  > module Bank : sig
  >   type account
  >   val open_account : string -> account
  >   val owner : account -> string
  > end = struct
  >   type account = { name : string; mutable balance : int }
  >   let open_account name = { name; balance = 0 }
  >   let owner a = a.name
  > end
  > 
  > let q = Queue2.push 1 Queue2.empty
  > let a = Bank.open_account "ada"
  > EOF
  $ mlhint -i queue.ml
  module type QUEUE =
    sig
      type 'a t
      exception Empty
      val empty : 'a t
      val push : 'a -> 'a t -> 'a t
      val pop : 'a t -> 'a * 'a t
    end
  module Queue2 : QUEUE
  module Bank :
    sig
      type account
      val open_account : string -> account
      val owner : account -> string
    end
  val q : int Queue2.t
  val a : Bank.account

An abstract type hides its definition: its labels are not reachable.

  $ cat > abstract.ml <<'EOF'
  > module Bank : sig
  >   type account
  >   val open_account : string -> account
  > end = struct
  >   type account = { name : string; mutable balance : int }
  >   let open_account name = { name; balance = 0 }
  > end
  > let a = Bank.open_account "ada"
  > let b = a.balance
  > EOF
  $ mlhint -i abstract.ml
  File "abstract.ml", line 9, characters 10-17:
  9 | let b = a.balance
                ^^^^^^^
  Error: Unbound record field balance
  [2]

A missing item is named, with where the module type declares it.

  $ cat > missing.ml <<'EOF'
  > module type SHAPE = sig
  >   val area : float -> float
  >   val name : string
  > end
  > module Circle : SHAPE = struct
  >   let area r = 3.14 *. r *. r
  > end
  > EOF
  $ mlhint -i missing.ml
  File "missing.ml", lines 5-7, characters 24-3:
  5 | ........................struct
  6 |   let area r = 3.14 *. r *. r
  7 | end
  Error: Signature mismatch:
         Modules do not match:
           sig val area : float -> float end
         is not included in
           SHAPE
         The value `name' is required but not provided
         File "missing.ml", line 3, characters 2-19: Expected declaration
  [2]

A value less general than the module type's: both declarations.

  $ cat > value.ml <<'EOF'
  > module Id : sig val id : 'a -> 'a end = struct
  >   let id x = x + 0
  > end
  > EOF
  $ mlhint -i value.ml
  File "value.ml", lines 1-3, characters 40-3:
  1 | ........................................struct
  2 |   let id x = x + 0
  3 | end
  Error: Signature mismatch:
         Modules do not match:
           sig val id : int -> int end
         is not included in
           sig val id : 'a -> 'a end
         Values do not match:
           val id : int -> int
         is not included in
           val id : 'a -> 'a
         File "value.ml", line 1, characters 16-33: Expected declaration
         File "value.ml", line 2, characters 6-8: Actual declaration
  [2]

Module types too big to show are elided as OCaml elides them.

  $ cat > big.ml <<'EOF'
  > module Util : sig
  >   val double : int -> int
  >   val square : int -> int
  >   val negate : int -> int
  >   val halve : int -> int
  >   val is_even : int -> bool
  >   val is_odd : int -> bool
  >   val describe : int -> string
  > end = struct
  >   let double x = 2 * x
  >   let square x = x * x
  >   let negate x = - x
  >   let halve x = x / 2
  >   let is_even x = x mod 2 = 0
  >   let is_odd x = x mod 2 = 1
  > end
  > EOF
  $ mlhint -i big.ml
  File "big.ml", lines 9-16, characters 6-3:
   9 | ......struct
  10 |   let double x = 2 * x
  11 |   let square x = x * x
  12 |   let negate x = - x
  13 |   let halve x = x / 2
  14 |   let is_even x = x mod 2 = 0
  15 |   let is_odd x = x mod 2 = 1
  16 | end
  Error: Signature mismatch:
         ...
         The value `describe' is required but not provided
         File "big.ml", line 8, characters 2-30: Expected declaration
  [2]

A unit that defines a module type: the files that use it see the module
constrained to it with the module type's items (the types of `Stack.L` are
its own). The error is what ocamlc printed compiling `stack.ml`, then
`main.ml`.

  $ cat > stack.ml <<'EOF'
  > module type S = sig
  >   type 'a t
  >   val empty : 'a t
  >   val push : 'a -> 'a t -> 'a t
  > end
  > module L : S = struct
  >   type 'a t = 'a list
  >   let empty = []
  >   let push x s = x :: s
  > end
  > let size = 3
  > EOF
  $ cat > main.ml <<'EOF'
  > let s = Stack.L.push 1 Stack.L.empty
  > let n : int = Stack.size
  > let bad : string = s
  > EOF
  $ mlhint stack.ml main.ml
  File "main.ml", line 3, characters 19-20:
  3 | let bad : string = s
                         ^
  Error: This expression has type int Stack.L.t
         but an expression was expected of type string
  [2]

Naming the module type of another unit is not yet supported (mlhint's own
message, at the first use; ocamlc accepts this file).

  $ cat > uses_type.ml <<'EOF'
  > module M : Stack.S = struct type 'a t = int let empty = 0 let push _ s = s end
  > EOF
  $ mlhint stack.ml uses_type.ml
  File "uses_type.ml", line 1, characters 11-18:
  1 | module M : Stack.S = struct type 'a t = int let empty = 0 let push _ s = s end
                 ^^^^^^^
  Error: The module type Stack.S is not supported by mlhint
  [2]
