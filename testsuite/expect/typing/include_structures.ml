(* `include struct ... end`: its items are typed as a structure of their
   own, and their names become the enclosing structure's. *)

module M = struct type t = A | B of t end
include struct
  open M
  let test = B A
end
[%%expect{|
module M : sig type t = A | B of t end
val test : M.t = M.B M.A
|}]

(* What an `open` inside brings stays inside. *)
let l = test
let a = A
[%%expect{|
val l : M.t = M.B M.A
Line 2, characters 8-9:
2 | let a = A
            ^
Error: Unbound constructor A
|}]

include struct
  open struct let aux x y = x / y end
  let f x = aux x 2
  let g y = aux 3 y
end
[%%expect{|
val f : int -> int = <fun>
val g : int -> int = <fun>
|}];;

let h = aux
[%%expect{|
Line 1, characters 8-11:
1 | let h = aux
            ^^^
Error: Unbound value aux
|}]

module N = struct
  include struct
    type u = C of int
    exception E of u
    module Q = struct let z = 3 end
    let v = C Q.z
  end
  let w = match v with C n -> n
end
[%%expect{|
module N :
  sig
    type u = C of int
    exception E of u
    module Q : sig val z : int end
    val v : u
    val w : int
  end
|}]

include struct let r = ref [] end
[%%expect{|
val r : '_weak1 list ref = {contents = []}
|}]

let p = let module L = struct include struct let k x = x end end in L.k
[%%expect{|
val p : 'a -> 'a = <fun>
|}]

(* Errors inside, and names defined twice. *)
include struct let x = 1 + "a" end
[%%expect{|
Line 1, characters 27-30:
1 | include struct let x = 1 + "a" end
                               ^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

module D = struct
  type t = int
  include struct type t = bool end
end
[%%expect{|
Line 3, characters 2-34:
3 |   include struct type t = bool end
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Multiple definition of the type name t.
       Names must be unique in a given structure or signature.
|}]

module D2 = struct
  include struct exception E exception E end
end
[%%expect{|
Line 2, characters 29-40:
2 |   include struct exception E exception E end
                                 ^^^^^^^^^^^
Error: Multiple definition of the extension constructor name E.
       Names must be unique in a given structure or signature.
|}]

module D3 = struct
  module Q = struct end
  include struct module Q = struct end end
end
[%%expect{|
Line 3, characters 2-42:
3 |   include struct module Q = struct end end
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Multiple definition of the module name Q.
       Names must be unique in a given structure or signature.
|}]

include struct type t = T let x = T end
type t' = t
let y : t = x
[%%expect{|
type t = T
val x : t = T
type t' = t
val y : t = T
|}]
