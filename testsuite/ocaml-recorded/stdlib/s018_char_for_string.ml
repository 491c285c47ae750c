let initial name = Printf.sprintf "%c." name
let () = print_string (initial "Ada")
