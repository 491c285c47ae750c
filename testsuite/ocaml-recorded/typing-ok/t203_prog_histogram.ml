let histogram values buckets =
  let counts = Array.make buckets 0 in
  List.iter (fun v ->
    let b = min (buckets - 1) (int_of_float (v *. float_of_int buckets)) in
    counts.(b) <- counts.(b) + 1) values;
  counts
