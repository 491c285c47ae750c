(* [@tailcall] with a payload OCaml does not read: warning 47 at its name,
   before the translation's warnings 51. *)
let rec test x = (test[@tailcall foobar]) x
module M = struct
  let rec g x = if x = 0 then 0 else 1 + (g [@ocaml.tailcall 3]) (x - 1)
  let rec h x = if x = 0 then 0 else 1 + (h [@tailcall]) (x - 1)
end
