let both () =
  let wrap x = [x] in
  (wrap 1, wrap 'c', wrap "s")
