let hypot x y = sqrt ((x *. x) +. (y *. y)
let () = print_float (hypot 3. 4.)
