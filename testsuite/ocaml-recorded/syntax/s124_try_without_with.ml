let parse s =
  try int_of_string s

let n = parse "12"
