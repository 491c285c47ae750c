type point = { x : int; y : int } [@@deriving show]
let[@my.perf never] twice f x = f (f x)
let add a b = (a + b) [@my.attr]
let area ({ x; y } [@ann]) = x * y
[@@@doc "floating"]
let (p : (int [@foo]) * int) = (1, 2)
let r = twice (add 1) 3 [@@other]
