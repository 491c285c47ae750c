(* open Pervasives: its own types (ref, fpclass) and exception Exit *)
open Pervasives

let total = ref 0
let add n = total := !total + n
let reset { contents = _ } = total := 0
let stop () = raise Exit
let caught = try stop () with Stdlib.Exit -> "stdlib" | Exit -> "pervasives"
let () = ignore (add 1); ignore (max 1)
