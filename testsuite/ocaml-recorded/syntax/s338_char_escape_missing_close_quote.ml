let newline = '\n
let tab = '\t'
