type nonrec result = (int, string) result
let ok : result = Ok 1
let check x : result = if x > 0 then Ok x else Error "negative"
