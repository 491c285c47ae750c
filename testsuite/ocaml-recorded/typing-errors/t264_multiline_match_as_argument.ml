let label n =
  String.length
    (match n with
     | 0 -> 0
     | _ -> 1)
