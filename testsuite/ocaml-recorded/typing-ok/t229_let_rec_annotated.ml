(* A recursive definition with a type annotation on its name: the pattern
   is the variable under a constraint, which let rec allows. *)
let rec count_down : int -> int list =
 fun k -> if k <= 0 then [] else k :: count_down (k - 1)

let rec (depth : 'a option list -> int) = function
  | [] -> 0
  | None :: rest -> depth rest
  | Some _ :: rest -> 1 + depth rest

let rec apply_n : int * ('b -> 'b) -> 'b -> 'b =
 fun (n, step) -> if n = 0 then fun v -> v else fun v -> apply_n (n - 1, step) (step v)

let rec even : int -> bool = fun n -> n = 0 || odd (n - 1)
and odd : int -> bool = fun n -> n <> 0 && even (n - 1)

let ones : int list = let rec cycle : int list = 1 :: cycle in cycle

let total =
  let rec go : int -> int -> int = fun acc i -> if i = 0 then acc else go (acc + i) (i - 1) in
  go 0 10
