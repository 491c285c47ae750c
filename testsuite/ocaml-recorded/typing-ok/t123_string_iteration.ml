let count_char c s =
  let n = ref 0 in
  String.iter (fun d -> if d = c then incr n) s;
  !n
let digits s = String.to_seq s |> List.of_seq |> List.filter (fun c -> c >= '0' && c <= '9')
