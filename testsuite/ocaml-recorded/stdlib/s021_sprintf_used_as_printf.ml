let () = Printf.sprintf "%d\n" 42
