#use "utils.ml"
let x = 1
