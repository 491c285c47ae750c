type result = Ok | Failed of string
let check x : result = if x > 0 then Ok else Error "negative"
