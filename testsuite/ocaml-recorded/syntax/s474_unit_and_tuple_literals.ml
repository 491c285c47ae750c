let u = ()
let t = (1, "a", 'c', 2.0, true, ())
let e = [||]
let n = []
