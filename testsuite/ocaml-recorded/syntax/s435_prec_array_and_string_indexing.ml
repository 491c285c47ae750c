let swap a i j =
  let t = a.(i) in
  a.(i) <- a.(j);
  a.(j) <- t
let first_char s = s.[0]
let cell m i j = m.(i).(j)
let set m i j v = m.(i).(j) <- v
