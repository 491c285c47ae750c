type 'a t = int
type 'a u = 'a list t
let k (x : 'a) (y : 'a u) = ignore [x; y]
