let index_of c s =
  let i = ref 0 in
  let found = ref false in
  while not !found && !i < String.length s do
    if s.[!i] = c then found := true else incr i
  done;
  if !found then Some !i else None
