let registry : (string * (int -> string -> bool) * (float list -> float option)) list = [("a", (fun _ _ -> true), (fun _ -> None)); ("b", (fun x -> x > 0), (fun _ -> None))]
