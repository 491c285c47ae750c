let rec count_nodes l = match l with
  | [] -> 0
  | x :: rest -> List.length x + count_nodes rest
