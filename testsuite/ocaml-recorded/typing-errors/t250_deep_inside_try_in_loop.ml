let parse_all lines =
  let total = ref 0 in
  List.iter (fun line ->
    try total := !total + int_of_string line
    with Failure _ -> total := !total +. 0.) lines;
  !total
