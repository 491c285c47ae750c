let p = object method x = 1 end
let v = p#x
