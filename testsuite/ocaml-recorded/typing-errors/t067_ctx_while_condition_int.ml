let drain queue =
  while List.length !queue do
    queue := List.tl !queue
  done
