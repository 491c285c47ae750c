(* `open Printf` at the top, as 99-problems solutions start. *)
open Printf

let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)
let () = for i = 0 to 10 do printf "fib(%d) = %d\n" i (fib i) done
let show l = String.concat ", " (List.map (sprintf "%d") l)
