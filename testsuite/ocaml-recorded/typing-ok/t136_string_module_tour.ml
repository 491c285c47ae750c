let s = "Hello, World"
let lower = String.lowercase_ascii s
let part = String.sub s 0 5
let idx = String.index s ','
let has_o = String.contains s 'o'
let cmp = String.compare
let same = String.equal "a" "b"
