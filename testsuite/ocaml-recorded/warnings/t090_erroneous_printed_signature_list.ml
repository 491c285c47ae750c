type 'a list = Nil | Cons of 'a * 'a list
let mine = Cons (1, Nil)
let theirs = List.rev [1]
