let traced =
  let calls = ref 0 in
  fun x -> incr calls; x
