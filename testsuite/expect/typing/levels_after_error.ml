(* A type error thrown while a definition's level is raised skips the
   lowering that ends it, in the first typing and in every edited version
   the hint engine tries. The next phrase starts from the levels of the
   one before, as OCaml's toplevel does (init_def per phrase): its weak
   type variables stay weak. Recorded with OCaml 4.13.1's toplevel, which
   also prints the values (`= <fun>'), which mlhint does not. *)

let g x = let y = x + 1 in y 2
[%%expect{|
Line 1, characters 27-28:
1 | let g x = let y = x + 1 in y 2
                               ^
Error: This expression has type int
       This is not a function; it cannot be applied.
Line 1, characters 18-23:
1 | let g x = let y = x + 1 in y 2
                      ^^^^^
  Hint: `x + 1' is likely the mistake: here it has type int, which does not agree with the rest of the code.
|}]
let map_id = List.map (fun x -> x)
[%%expect{|
val map_id : '_weak1 list -> '_weak1 list
|}]
let pair = (fun x -> x) (ref [])
[%%expect{|
val pair : '_weak2 list ref
|}]
