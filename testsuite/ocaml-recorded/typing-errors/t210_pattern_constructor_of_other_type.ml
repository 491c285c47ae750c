type color = Red | Green
type size = Small | Large
let describe (c : color) = match c with Red -> "red" | Small -> "small" | _ -> "?"
