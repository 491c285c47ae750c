let lookup key table : (string * (int * float)) option =
  if List.mem_assoc key table then Some (key, (List.assoc key table, "unknown"))
  else None
