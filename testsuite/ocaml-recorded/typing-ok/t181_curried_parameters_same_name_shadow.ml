let last x x = x
let pick_second = fun a a -> a + 1
