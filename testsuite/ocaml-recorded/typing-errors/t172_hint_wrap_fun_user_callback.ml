let repeat n (f : unit -> unit) = for _ = 1 to n do f () done
let () = repeat 3 (print_string "hi")
