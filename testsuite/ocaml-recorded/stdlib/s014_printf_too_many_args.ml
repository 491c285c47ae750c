let greet name age = Printf.printf "Hello %s\n" name age
