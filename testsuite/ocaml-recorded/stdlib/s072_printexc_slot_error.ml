(* A type error on a value of Printexc.Slot. *)
let raised s = Printexc.Slot.is_raise s + 1
