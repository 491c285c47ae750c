let copy_all l = List.map (fun x -> x) l
let empty = []
let nothing = None
