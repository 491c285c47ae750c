(* an exception pattern in a let binding *)
let f () =
  let (exception Exit) = () in
  1
