let scale k = k *. 2.
let r = scale 3
