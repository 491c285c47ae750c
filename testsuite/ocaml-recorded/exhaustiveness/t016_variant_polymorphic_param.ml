type 'a result2 = Ok2 of 'a | Err2 of string
let get = function Ok2 v -> v
