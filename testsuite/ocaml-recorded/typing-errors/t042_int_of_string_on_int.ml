let parse_all l = List.map int_of_string l
let r = parse_all [1; 2]
