let table : (string * int) list = [("a", 1)]
let cb : unit -> unit = fun () -> ()
let arr : float array = [||]
