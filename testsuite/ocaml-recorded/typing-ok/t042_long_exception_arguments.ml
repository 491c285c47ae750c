exception Validation_failed of string * int * int * string list * (string * string) option * float
let fail () = raise (Validation_failed ("field", 1, 2, [], None, 0.))
