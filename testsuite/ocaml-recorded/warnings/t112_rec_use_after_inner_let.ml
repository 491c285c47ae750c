let f1 graph =
    let rec a v g =
      let l = 1 in
      b g l
    and b g n = a n g
    in
    b graph 1
(* a use of an outer group's name inside an inner let rec *)
let f2 graph =
    let rec a v g =
      let rec c x = if x then b g 1 else c true in
      c false
    and b g n = a n g
    in
    b graph 1
(* still unused: the group is used only from itself *)
let f3 x =
    let rec a v = let y = 1 in b (v + y)
    and b w = a w
    in
    x
