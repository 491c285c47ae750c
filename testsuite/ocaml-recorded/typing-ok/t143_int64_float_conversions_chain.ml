let ms_of_seconds s = Int64.of_float (s *. 1000.)
let seconds_of_ms ms = Int64.to_float ms /. 1000.
let total l = List.fold_left Int64.add 0L l
