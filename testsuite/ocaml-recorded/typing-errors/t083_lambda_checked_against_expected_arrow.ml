let apply_to_name (f : string -> int) = f "bob"
let r = apply_to_name (fun n -> n + 1)
