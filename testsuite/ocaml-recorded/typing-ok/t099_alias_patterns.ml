let rec dedup = function
  | x :: (y :: _ as rest) -> if x = y then dedup rest else x :: dedup rest
  | l -> l
let first_pair = function (a, _) as p -> (a, p)
