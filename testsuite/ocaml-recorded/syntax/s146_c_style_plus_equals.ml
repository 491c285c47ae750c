let () =
  let count = ref 0 in
  count += 1
