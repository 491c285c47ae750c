(* TEST
   * expect
*)

(* `open struct ... end` as an item: the toplevel prints what it binds;
   one inside another, or inside a module, hides its names. *)

open struct let x = 1 exception E end
let y = x + 1
[%%expect{|
val x : int = 1
exception E
val y : int = 2
|}]

open struct
  open struct let counter = ref 0 end
  let inc () = incr counter
  let current () = !counter
end
let () = inc ()
[%%expect{|
val inc : unit -> unit = <fun>
val current : unit -> int = <fun>
|}]

module M = struct
  open struct let helper x = x * 2 end
  let double = helper
end
[%%expect{|
module M : sig val double : int -> int end
|}]

(* An expansive item makes the module that holds it expansive. *)
let op =
  let module M = struct
      open struct let r = ref [] end
      let s = r
  end in
  M.s
[%%expect{|
val op : '_weak1 list ref = {contents = []}
|}]

(* Errors inside are located as in any structure. *)
open struct let bad = 1 + "a" end
[%%expect{|
Line 1, characters 26-29:
1 | open struct let bad = 1 + "a" end
                              ^^^
Error: This expression has type string but an expression was expected of type
         int
|}]
