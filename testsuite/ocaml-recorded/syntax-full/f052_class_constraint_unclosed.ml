class c = (object end : ct
let x = 1
