let cmp = Int32.compare
let biggest = Int32.max 3l 7l
let same = Int32.equal 1l 1l
