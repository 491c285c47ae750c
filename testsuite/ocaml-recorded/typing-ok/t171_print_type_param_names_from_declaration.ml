type 'elem stack = 'elem list
let push x (s : 'elem stack) : 'elem stack = x :: s
let empty : 'elem stack = []
