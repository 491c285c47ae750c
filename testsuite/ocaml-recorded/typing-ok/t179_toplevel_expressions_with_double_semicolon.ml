let greeting = "hi";;
print_endline greeting;;
let n = String.length greeting;;
