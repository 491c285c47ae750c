let x = 1;;
print_int x;;
let y = 2
;;
x + y
