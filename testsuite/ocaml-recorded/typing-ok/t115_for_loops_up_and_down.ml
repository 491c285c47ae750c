let sum_to n =
  let s = ref 0 in
  for i = 1 to n do s := !s + i done;
  !s
let countdown n = for i = n downto 1 do print_int i; print_newline () done
