let make_store () =
  let items = ref [] in
  (fun x -> items := x :: !items), (fun () -> !items)
let (put, get) = make_store ()
