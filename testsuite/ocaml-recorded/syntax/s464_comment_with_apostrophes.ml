(* don't, won't, it's: apostrophes are fine *)
let x = 1
