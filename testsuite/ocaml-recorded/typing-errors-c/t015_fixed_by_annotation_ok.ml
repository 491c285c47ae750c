let history : string list ref = ref []
let copy_all : int list -> int list = List.map (fun x -> x)
