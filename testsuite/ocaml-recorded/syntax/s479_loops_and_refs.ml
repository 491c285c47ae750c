let sum n =
  let total = ref 0 in
  for i = 1 to n do
    total := !total + i
  done;
  for i = n downto 1 do
    ignore i
  done;
  let j = ref 0 in
  while !j < n do incr j done;
  !total
