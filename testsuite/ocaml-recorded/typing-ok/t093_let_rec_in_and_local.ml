let parity n =
  let rec ev k = if k = 0 then true else od (k - 1)
  and od k = if k = 0 then false else ev (k - 1) in
  (ev n, od n)
