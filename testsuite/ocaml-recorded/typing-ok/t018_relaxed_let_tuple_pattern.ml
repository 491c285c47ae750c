let (left, right) = ([], [])
let (x, y) = (None, ref [])
