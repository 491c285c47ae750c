let count_down n =
  let i = ref n in
  while !i > 0 do
    print_int !i;
    decr i;
  print_newline ()

let () = count_down 3
