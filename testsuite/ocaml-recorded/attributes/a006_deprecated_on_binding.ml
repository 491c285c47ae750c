let old x = x [@@deprecated "use new_f"]
let y = old 1
