let () =
  let i = ref 0 in
  while !i < 10 do
    incr i
  end
