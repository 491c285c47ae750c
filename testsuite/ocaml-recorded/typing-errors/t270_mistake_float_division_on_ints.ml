let average l = List.fold_left ( + ) 0 l / List.length l
let avg = average [1.5; 2.5]
