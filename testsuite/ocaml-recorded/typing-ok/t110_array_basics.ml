let squares = Array.init 10 (fun i -> i * i)
let total = Array.fold_left ( + ) 0 squares
let () = squares.(0) <- 100
let copy = Array.copy squares
let n = Array.length copy
