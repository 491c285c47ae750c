let result = [1; 2; 3] |> List.map succ |> List.fold_left ( + ) 0
let printed = print_endline @@ string_of_int @@ 42
let apply_all fs x = List.map (fun f -> f x) fs
