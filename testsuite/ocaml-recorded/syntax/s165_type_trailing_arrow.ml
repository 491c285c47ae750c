type handler = int ->

let x = 1
