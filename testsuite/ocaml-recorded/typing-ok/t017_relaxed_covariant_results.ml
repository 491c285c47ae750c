let reversed = List.rev []
let first = fst ([], 0)
let wrapped = Some (List.rev [])
let applied = (fun x -> x) None
