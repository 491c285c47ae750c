let left = ((1, 2), 3)
let right = (1, (2, 3))
let in_list = [((1, 'a'), "x")]
