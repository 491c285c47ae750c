let u = begin end
let x = begin 1 + 2 end * 3
let f () = begin print_string "a"; 1 end
