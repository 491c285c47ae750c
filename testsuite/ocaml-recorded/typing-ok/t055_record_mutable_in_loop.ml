type stats = { mutable total : float; mutable samples : int }
let mean values =
  let s = { total = 0.; samples = 0 } in
  List.iter (fun v -> s.total <- s.total +. v; s.samples <- s.samples + 1) values;
  s.total /. float_of_int s.samples
