let () =
  let done = ref false in
  done := true
