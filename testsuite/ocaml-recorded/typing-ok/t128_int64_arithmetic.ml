let big = Int64.mul 1_000_000L 1_000_000L
let as_float = Int64.to_float big
let from_int = Int64.of_int max_int
let text = Int64.to_string big
let parsed = Int64.of_string "123"
