let deep = [[[Some [| (1, "one", 1.0, [true]) |]]]]
let deeper = [deep; deep]
