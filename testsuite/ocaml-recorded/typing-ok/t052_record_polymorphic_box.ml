type 'a box = { mutable content : 'a; label : string }
let box x = { content = x; label = "box" }
let swap b x = let old = b.content in b.content <- x; old
