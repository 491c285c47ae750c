(* A function without `rec` inside another of the same name: the hint
   names the outer let, whose ghost binding the inner one does not hide
   (Typecore.maybe_add_pattern_variables_ghost). *)
let f x =
  let f y = if y then f y else 0 in
  f x
