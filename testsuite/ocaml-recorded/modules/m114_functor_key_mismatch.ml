module IntMap = Map.Make (Int)
let m = IntMap.add 1 "one" IntMap.empty
let n = IntMap.add "two" 2 m
