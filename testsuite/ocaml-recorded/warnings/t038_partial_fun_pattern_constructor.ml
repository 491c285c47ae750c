type wrapper = Wrap of int | Empty
let unwrap (Wrap n) = n
