let ( !! ) r = !r + 1
let x = ref 41
let y = !!x
