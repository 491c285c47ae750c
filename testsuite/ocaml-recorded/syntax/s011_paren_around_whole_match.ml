let unwrap x =
  (match x with
   | Some y -> y
   | None -> 0

let three = unwrap (Some 3)
