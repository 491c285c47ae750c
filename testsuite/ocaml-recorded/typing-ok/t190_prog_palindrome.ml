let is_palindrome s =
  let n = String.length s in
  let rec check i = i >= n / 2 || (s.[i] = s.[n - 1 - i] && check (i + 1)) in
  check 0
let reverse s = String.init (String.length s) (fun i -> s.[String.length s - 1 - i])
