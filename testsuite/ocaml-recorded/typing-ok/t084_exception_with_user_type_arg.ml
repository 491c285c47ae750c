type position = { line : int; col : int }
exception Syntax_error of position * string
let fail line col msg = raise (Syntax_error ({ line; col }, msg))
