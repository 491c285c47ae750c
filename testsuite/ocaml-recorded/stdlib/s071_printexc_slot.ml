(* Printexc.Slot: its functions, and `include Printexc`, which aliases it
   (`module Slot = Printexc.Slot`). *)
let describe (s : Printexc.backtrace_slot) =
  match Printexc.Slot.name s with Some n -> n | None -> "?"

let where s = Printexc.Slot.location s
let shown pos s = Printexc.Slot.format pos s

module E = struct
  include Printexc
end
