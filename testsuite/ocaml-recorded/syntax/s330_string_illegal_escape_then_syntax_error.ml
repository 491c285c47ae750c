let s = "tab:\q" ^
let t = 1 +
