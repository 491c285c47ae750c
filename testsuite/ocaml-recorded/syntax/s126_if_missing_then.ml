let describe n =
  if n > 0 "positive" else "not positive"
