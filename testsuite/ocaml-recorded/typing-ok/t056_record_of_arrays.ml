type matrix = { rows : int; cols : int; data : float array }
let get m i j = m.data.(i * m.cols + j)
let set m i j v = m.data.(i * m.cols + j) <- v
