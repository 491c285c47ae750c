let f x = x; 1
let g h = h (); 2
