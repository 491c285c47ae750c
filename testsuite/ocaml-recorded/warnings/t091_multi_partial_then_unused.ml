let describe n =
  let label = "number" in
  match n with 0 -> "zero" | 1 -> "one"
