let f n =
  match n with
  | 0 -> print_string "zero";
  | _ -> print_string "other"
