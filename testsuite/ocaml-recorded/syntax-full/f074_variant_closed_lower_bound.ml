type t = [< `A > `B `C
let x = 1
