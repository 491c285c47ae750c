let make_counter start =
  let count = ref start in
  let next () = incr count; !count in
  let reset () = count := start in
  (next, reset)
