let default_name (o : string option) = match o with Some s -> s | None -> "anon"
let age = Some 42
let n = default_name age
