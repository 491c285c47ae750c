let bump (x : 'a) = x + 1
let same (x : 'a) (y : 'a) = [x; y]
