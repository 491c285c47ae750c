let multiply a b =
  let n = Array.length a and m = Array.length b.(0) and k = Array.length b in
  let c = Array.make_matrix n m 0. in
  for i = 0 to n - 1 do
    for j = 0 to m - 1 do
      for l = 0 to k - 1 do
        c.(i).(j) <- c.(i).(j) +. a.(i).(l) *. b.(l).(j)
      done
    done
  done;
  c
