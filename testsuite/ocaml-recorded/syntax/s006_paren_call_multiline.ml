let compute n = n * n

let () =
  print_endline ("Result: "
                 ^ string_of_int (compute 42)

let next = 1
