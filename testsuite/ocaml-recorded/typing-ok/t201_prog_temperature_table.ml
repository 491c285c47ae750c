let celsius_of_fahrenheit f = (f -. 32.) *. 5. /. 9.
let table lo hi step =
  let rec go f acc = if f > hi then List.rev acc else go (f +. step) ((f, celsius_of_fahrenheit f) :: acc) in
  go lo []
