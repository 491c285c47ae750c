let inc o = o + 1
let r = inc (Some 1)
