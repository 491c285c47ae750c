let k = fun x -> fun y -> x
let app = (fun x -> x) 1
