let sum_sqrt n =
  let s = ref 0. in
  for i = 1 to n do s := !s +. sqrt i done;
  !s
