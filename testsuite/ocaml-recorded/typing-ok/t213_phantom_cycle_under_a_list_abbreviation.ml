type 'a t = int
type 'a u = 'a t list
let k (x : 'a) (y : 'a u) = ignore [x; y]
