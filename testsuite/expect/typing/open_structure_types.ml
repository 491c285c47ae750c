(* TEST
   * expect
*)

(* Types in `open struct ... end` as an item. At the toplevel's top the
   phrase exports them; elsewhere they are hidden, and an abbreviation is
   shown in a signature as its expansion (Mtype.nondep_sig). *)

open struct type t = T | U let x = T end;;
[%%expect{|
type t = T | U
val x : t = T
|}]

let y = [x; U];;
[%%expect{|
val y : t list = [T; U]
|}]

module N = struct
  open struct
    type 'a pair = 'a * 'a
    let dup x : 'a pair = (x, x)
  end
  let d = dup 1
  type u = int pair
  let f (x : u) = fst x
end;;
[%%expect{|
module N : sig val d : int * int type u = int * int val f : u -> int end
|}]

module P = struct
  open struct type s = int end
  let bad : s = "x"
end;;
[%%expect{|
Line 3, characters 16-19:
3 |   let bad : s = "x"
                    ^^^
Error: This expression has type string but an expression was expected of type
         s = int
|}]
