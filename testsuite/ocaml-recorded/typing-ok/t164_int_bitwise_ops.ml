let mask x = x land 0xFF
let set_bit x n = x lor (1 lsl n)
let flip x = x lxor (-1)
let shr x = x asr 2
let not_bits = lnot 0
