(* exception patterns under a type constraint, which keeps the case's category *)
let f x = match x () with (Some y | exception Failure y : string option) -> y | None -> ""
let g x = match x () with (exception Exit : int) | 2 -> 0 | (exception Exit : int) -> 1 | _ -> 3
