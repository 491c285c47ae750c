let x : int Option.t = Some 1
let y : Int64.t = 5L
let z : Float.t = 2.
let s : String.t = "s"
