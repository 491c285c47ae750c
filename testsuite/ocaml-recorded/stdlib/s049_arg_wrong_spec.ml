(* Arg.Int wants a function; the reference goes with Arg.Set_int *)
let count = ref 0
let specs = [ ("-n", Arg.Int count, "N how many") ]
let () = Arg.parse specs print_endline "usage"
