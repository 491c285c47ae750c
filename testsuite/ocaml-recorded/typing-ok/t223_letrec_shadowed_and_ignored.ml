let rec x = let x = () in x
let rec y = (y; ())
let rec z = let w = (z; ()) in w
let rec q = for i = 0 to 1 do ignore i done; fun () -> q ()
