let is_empty s = s = 0
let r = is_empty ""
