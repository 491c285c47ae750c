let second s = s.[0 + 1
let y = 1
