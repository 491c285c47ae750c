let c = String.compare
let r = c 'a' 'b'
