let f a b c = a + b * c - a / b mod c
let g a b = a lsl b + 1
let h a b = a lor b land 0xff
