let half_floor x = x /. 2.
let cells : int = half_floor 9.
