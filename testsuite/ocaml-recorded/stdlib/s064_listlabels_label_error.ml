(* ListLabels.iter takes its function with ~f *)
let show l = ListLabels.iter ~fn:print_int l
