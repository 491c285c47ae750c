(* `let module M = ... in e` (Typecore's Pexp_letmodule): the module is
   bound for the body only. *)

let sorted_uniq l =
  let module S = Set.Make (Int) in
  S.elements (S.of_list l)
[%%expect{|
val sorted_uniq : Int.t list -> Int.t list = <fun>
|}]

let count_words ws =
  let module M = Map.Make (String) in
  let m =
    List.fold_left (fun m w -> M.add w (1 + try M.find w m with Not_found -> 0) m) M.empty ws
  in
  M.bindings m
[%%expect{|
val count_words : String.t list -> (String.t * int) list = <fun>
|}]

let local x =
  let module L = struct
    type t = { v : int }
    let make v = { v }
    let get r = r.v
  end in
  L.get (L.make x) + 1
[%%expect{|
val local : int -> int = <fun>
|}]

let distinct (type a) (cmp : a -> a -> int) (l : a list) =
  let module S = Set.Make (struct type t = a let compare = cmp end) in
  S.cardinal (S.of_list l)
[%%expect{|
val distinct : ('a -> 'a -> int) -> 'a list -> int = <fun>
|}]

let alias = let module L = List in L.length [1; 2]
[%%expect{|
val alias : int = 2
|}]

(* A functor's application is expansive (Typecore.is_nonexpansive_mod):
   the function made after it is not generalized. *)
let member = let module S = Set.Make (String) in fun x l -> S.mem x (S.of_list l)
let pick = let module M = struct let x = 1 end in fun y -> y
let weak = let module S = Set.Make (String) in fun y -> y
[%%expect{|
val member : String.t -> String.t list -> bool = <fun>
val pick : 'a -> 'a = <fun>
val weak : '_weak1 -> '_weak1 = <fun>
|}]

(* The names of the module are not the file's: another module M, and a
   type variable named around it, are the same after it. *)
module M = struct let x = "outer" end
let inner (y : 'a) = let module M = struct let x = 1 end in (M.x, (y : 'a))
let after = M.x
[%%expect{|
module M : sig val x : string end
val inner : 'a -> int * 'a = <fun>
val after : string = "outer"
|}]

(* Errors inside the module and in the body. *)
let wrong_body x = let module M = struct let y = x + 1 end in M.y ^ "a"
[%%expect{|
Line 1, characters 62-65:
1 | let wrong_body x = let module M = struct let y = x + 1 end in M.y ^ "a"
                                                                  ^^^
Error: This expression has type int but an expression was expected of type
         string
Line 1, characters 62-65:
1 | let wrong_body x = let module M = struct let y = x + 1 end in M.y ^ "a"
                                                                  ^^^
  Hint: Did you mean `string_of_int M.y'?
|}]

let wrong_item () = let module M = struct let y = "a" + 1 end in M.y
[%%expect{|
Line 1, characters 50-53:
1 | let wrong_item () = let module M = struct let y = "a" + 1 end in M.y
                                                      ^^^
Error: This expression has type string but an expression was expected of type
         int
|}]

let unbound () = let module M = struct let y = 1 end in M.z
[%%expect{|
Line 1, characters 56-59:
1 | let unbound () = let module M = struct let y = 1 end in M.z
                                                            ^^^
Error: Unbound value M.z
|}]
