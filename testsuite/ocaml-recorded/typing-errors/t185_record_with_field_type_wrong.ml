type config = { depth : int; name : string }
let rename c = { c with name = 42 }
