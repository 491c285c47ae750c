let rec loop o = match o with None -> None | Some x -> Some o
let r = loop (Some 1) = Some (Some 1)
let s = (fun x -> Some x = x)
