type point = { x : int; y : int }
let on_axis = function { x = 0; _ } -> true | { y = 0; _ } -> true
