let () =
  let i = ref 0 in
  while !i < 10
    incr i
  done
