type s = S of int * bool
let h2 (x : s option) = match x with None -> 0 | Some (S (1, _)) -> 2
