let (Some cfg) = Some 1
let get = fun (Some x) -> x
