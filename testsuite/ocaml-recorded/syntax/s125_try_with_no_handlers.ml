let parse s =
  try int_of_string s with

let n = parse "12"
