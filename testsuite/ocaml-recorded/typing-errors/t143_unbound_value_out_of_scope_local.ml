let f () = let secret = 42 in secret
let g () = secret + 1
