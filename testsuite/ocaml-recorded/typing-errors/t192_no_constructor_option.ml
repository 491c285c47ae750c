let find x l : int option = if List.mem x l then Some x else Nothing
