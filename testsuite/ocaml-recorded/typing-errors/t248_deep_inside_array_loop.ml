let normalize (m : float array array) =
  for i = 0 to Array.length m - 1 do
    for j = 0 to Array.length m.(i) - 1 do
      if m.(i).(j) > 1. then m.(i).(j) <- 1
    done
  done
