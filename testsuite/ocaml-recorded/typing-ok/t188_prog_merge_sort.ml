let rec split = function
  | a :: b :: rest -> let l, r = split rest in (a :: l, b :: r)
  | l -> (l, [])
let rec merge cmp a b = match a, b with
  | [], l | l, [] -> l
  | x :: xs, y :: ys -> if cmp x y <= 0 then x :: merge cmp xs b else y :: merge cmp a ys
let rec sort cmp = function
  | ([] | [_]) as l -> l
  | l -> let a, b = split l in merge cmp (sort cmp a) (sort cmp b)
