let up = Char.uppercase_ascii 'q'
let code = Char.code up
let back = Char.chr (code + 1)
let esc = Char.escaped '\n'
let cmp = Char.compare
