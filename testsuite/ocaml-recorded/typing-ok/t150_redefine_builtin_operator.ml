let ( + ) = ( +. )
let total = 1.5 + 2.5
let ( ^ ) a b = a ^ " " ^ b
