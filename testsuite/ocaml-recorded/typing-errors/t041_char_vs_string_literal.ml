let is_space c = c = " "
let r = is_space 'x'
