let t : (string, int) Hashtbl.t = Hashtbl.create 8
let () = Hashtbl.add t 1 "one"
