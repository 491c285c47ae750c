exception Timeout
exception Retry of int
let errors = [Timeout; Retry 3; Not_found; Failure "x"; Exit]
let is_retry = function Retry _ -> true | _ -> false
