let clamp lo hi x = if x < lo then lo else if x > hi then hi else x
let r = clamp 0 10 "5"
