let percent x = Printf.sprintf "%d%" x
