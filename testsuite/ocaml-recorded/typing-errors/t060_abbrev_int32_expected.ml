let pick = Int32.min 3l
let r = pick 4
