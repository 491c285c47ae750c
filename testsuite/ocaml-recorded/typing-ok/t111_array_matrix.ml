let grid = Array.make_matrix 3 4 0.
let set_diag v = for i = 0 to 2 do grid.(i).(i) <- v done
let row i = grid.(i)
