(* Modules declared in a signature (Typemod.transl_signature's
   Psig_module), at the toplevel: the module type prints them nested, a
   structure is matched against them, and a mismatch inside says where. *)
module type S = sig
  module N : sig type t val x : t end
  val y : N.t -> int
end
[%%expect{|
module type S =
  sig module N : sig type t val x : t end val y : N.t -> int end
|}]

module M : S = struct
  module N = struct type t = int let x = 1 end
  let y n = n + 1
end
let v = M.y M.N.x
[%%expect{|
module M : S
val v : int = 2
|}]

let w = M.y 1
[%%expect{|
Line 1, characters 12-13:
1 | let w = M.y 1
                ^
Error: This expression has type int but an expression was expected of type
         M.N.t
|}]

module Bad : S = struct
  module N = struct type t = int end
  let y n = n + 1
end
[%%expect{|
Lines 1-4, characters 17-3:
1 | .................struct
2 |   module N = struct type t = int end
3 |   let y n = n + 1
4 | end
Error: Signature mismatch:
       Modules do not match:
         sig module N : sig type t = int end val y : int -> int end
       is not included in
         S
       In module N:
       Modules do not match:
         sig type t = int end
       is not included in
         sig type t val x : t end
       In module N:
       The value `x' is required but not provided
|}]
