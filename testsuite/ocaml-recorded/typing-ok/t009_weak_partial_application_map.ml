let copy_all = List.map (fun x -> x)
let lengths = List.map String.length
