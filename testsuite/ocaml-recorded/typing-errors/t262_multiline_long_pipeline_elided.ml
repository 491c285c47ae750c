let report (items : (string * int) list) : string =
  List.map
    (fun (name, qty) ->
       name ^ ": " ^ string_of_int qty)
    items
  |> List.rev
  |> List.length
  |> (fun n -> n + 0)
  |> (fun n -> n * 1)
  |> (fun n -> n - 0)
  |> succ
  |> pred
  |> abs
  |> (fun n -> n)
  |> (fun n -> n)
