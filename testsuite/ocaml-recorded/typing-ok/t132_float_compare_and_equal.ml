let sorted = List.sort Float.compare [3.; 1.; 2.]
let eq = Float.equal
let mm = Float.min_num
