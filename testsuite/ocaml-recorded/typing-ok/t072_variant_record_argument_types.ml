type point = { x : int; y : int }
type figure = Dot of point | Line of point * point
let origin = Dot { x = 0; y = 0 }
let shift dx = function
  | Dot p -> Dot { p with x = p.x + dx }
  | Line (a, b) -> Line ({ a with x = a.x + dx }, { b with x = b.x + dx })
