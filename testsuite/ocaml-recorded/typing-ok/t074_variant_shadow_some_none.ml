type answer = None | Some of string | Many of string list
let describe = function None -> "none" | Some s -> s | Many l -> String.concat "," l
let x = Some "yes"
