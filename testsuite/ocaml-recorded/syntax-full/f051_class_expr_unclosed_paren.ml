class c = (object end
let x = 1
