let () =
  while true do
    ()