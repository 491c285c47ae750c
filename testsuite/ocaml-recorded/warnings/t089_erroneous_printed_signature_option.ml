type 'a option = Missing | Present of 'a
let present x = Present x
let std = Option.some 1
