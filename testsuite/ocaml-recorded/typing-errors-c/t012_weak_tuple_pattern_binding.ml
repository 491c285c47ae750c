let (put, get) =
  let items = ref [] in
  ((fun x -> items := x :: !items), (fun () -> !items))
