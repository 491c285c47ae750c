let () = Printf.printf "%s is %d years old\n" "Ann"
