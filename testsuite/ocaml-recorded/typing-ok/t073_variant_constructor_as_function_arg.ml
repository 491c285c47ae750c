type wrapped = Wrapped of int
let wrap_all l = List.map (fun x -> Wrapped x) l
let some_all l = List.map (fun x -> Some x) l
