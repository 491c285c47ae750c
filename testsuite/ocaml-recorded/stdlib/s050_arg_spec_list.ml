(* The spec list built apart: a doc string missing from a triple *)
let quiet = ref false
let specs = [ ("-q", Arg.Set quiet, " quiet"); ("-x", Arg.Unit ignore) ]
