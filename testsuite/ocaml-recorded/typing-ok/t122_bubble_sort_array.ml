let sort a =
  let n = Array.length a in
  for i = 0 to n - 2 do
    for j = 0 to n - 2 - i do
      if a.(j) > a.(j + 1) then begin
        let t = a.(j) in
        a.(j) <- a.(j + 1);
        a.(j + 1) <- t
      end
    done
  done
