(* OCaml counts the arrows as written: an abbreviation of a function type
   is not one. *)
type handler = int -> unit
external install : handler = "caml_install"
