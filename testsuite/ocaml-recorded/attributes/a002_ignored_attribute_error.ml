let f x = (x + 1) [@hello "world"]
let _ = f "a"
