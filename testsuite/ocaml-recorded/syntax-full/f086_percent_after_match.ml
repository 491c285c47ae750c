let y = match% x with _ -> 1
