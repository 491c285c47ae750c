(* [@tailcall] on the function of an application: warning 51 where the
   translation finds it out of tail position ([@tailcall false]: in it). *)
let rec fact = function
  | 1 -> 1
  | n -> n * (fact [@tailcall]) (n - 1)
let rec fact_tail acc = function
  | 1 -> acc
  | n -> (fact_tail [@tailcall]) (n * acc) (n - 1)
let rec loop n = if n = 0 then () else (loop [@tailcall]) (n - 1)
let rec wrong n = if n = 0 then 0 else (wrong [@tailcall false]) (n - 1)
let rec seq n = if n > 0 then begin (seq [@tailcall]) (n - 1); () end
let rec ok n = n > 0 && (ok [@tailcall]) (n - 1)
let rec tr n = try (tr [@tailcall]) (n - 1) with Exit -> 0
let rec tr2 n = try 1 with Exit -> (tr2 [@tailcall]) (n - 1)
let rec m n = match n with 0 -> 0 | _ -> let k = n - 1 in (m [@tailcall]) k
let l = lazy ((fact [@tailcall]) 3)
let t = ((fact [@tailcall]) 3, 1)
