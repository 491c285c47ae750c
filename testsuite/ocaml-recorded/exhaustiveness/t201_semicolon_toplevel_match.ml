let x = 3;;
match x with 0 -> print_string "zero";;
