let fib n =
  let memo = Array.make (n + 1) 0 in
  for i = 1 to n do
    memo.(i) <- (if i <= 2 then 1 else memo.(i - 1) + memo.(i - 2))
  done;
  memo.(n)
