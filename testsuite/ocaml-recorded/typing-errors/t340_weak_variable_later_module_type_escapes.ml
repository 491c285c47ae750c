(* The same with the type of a module defined after the variable. *)
let r = ref None
module M = struct
  type t = { x : int }
end
let () = r := Some { M.x = 1 }
