let g x = x |> succ |> string_of_int
let h l = l |> List.map succ |> List.length
