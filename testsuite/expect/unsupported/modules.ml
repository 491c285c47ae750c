(* Modules and everything around them are outside the subset: mlhint
   parses them as OCaml does, then refuses them at the construct. *)

module Counter = struct
  let count = ref 0
end
[%%expect{|
Lines 1-3, characters 0-3:
1 | module Counter = struct
2 |   let count = ref 0
3 | end
Error: Modules are not supported by mlhint
|}]

module type COUNTER = sig val count : int ref end
[%%expect{|
Line 1, characters 0-49:
1 | module type COUNTER = sig val count : int ref end
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Module types are not supported by mlhint
|}]

module Make (X : sig end) = struct end
[%%expect{|
Line 1, characters 0-38:
1 | module Make (X : sig end) = struct end
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Modules are not supported by mlhint
|}]

(* `open M` of a module of the prelude is in the subset; of a structure, not. *)
open struct let x = 1 end
[%%expect{|
Line 1, characters 0-25:
1 | open struct let x = 1 end
    ^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Open statements of a module expression are not supported by mlhint
|}]

include List
[%%expect{|
Line 1, characters 0-12:
1 | include List
    ^^^^^^^^^^^^
Error: Include statements are not supported by mlhint
|}]

let l = let open struct let x = 1 end in x
[%%expect{|
Line 1, characters 8-42:
1 | let l = let open struct let x = 1 end in x
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Local opens of a module expression are not supported by mlhint
|}]

(* `M.(e)` is in the subset; `M.[e]`, `M.{...}`, `M.[|e|]` not yet. *)
let l = List.[1]
[%%expect{|
Line 1, characters 8-16:
1 | let l = List.[1]
            ^^^^^^^^
Error: Local opens are not supported by mlhint
|}]

(* A module outside the subset, opened. *)
let l = Map.(1)
[%%expect{|
Line 1, characters 8-11:
1 | let l = Map.(1)
            ^^^
Error: The module Map is not supported by mlhint
|}]

let f () = let module M = struct let x = 1 end in M.x
[%%expect{|
Line 1, characters 11-53:
1 | let f () = let module M = struct let x = 1 end in M.x
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Local modules are not supported by mlhint
|}]

let f (m : (module COUNTER)) = m
[%%expect{|
Line 1, characters 11-27:
1 | let f (m : (module COUNTER)) = m
               ^^^^^^^^^^^^^^^^
Error: First-class modules are not supported by mlhint
|}]

external length : string -> int = "%string_length"
[%%expect{|
Line 1, characters 0-50:
1 | external length : string -> int = "%string_length"
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: External declarations are not supported by mlhint
|}]

(* A syntax error inside an unsupported construct is OCaml's syntax error. *)
module M = struct let x = end
[%%expect{|
Line 1, characters 26-29:
1 | module M = struct let x = end
                              ^^^
Error: Syntax error
|}]
