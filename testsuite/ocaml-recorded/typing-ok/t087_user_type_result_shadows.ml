type result = Ok | Error of string
let check x = if x > 0 then Ok else Error "negative"
