let rec eval = function
  | `Num n -> n
  | `Add (a, b) -> eval a + eval b
  | `Neg a -> - (eval a)
let e = eval (`Add (`Num 1, `Neg (`Num 2)))
let rec to_list = function `Nil -> [] | `Cons (x, rest) -> x :: to_list rest
let classify n = if n < 0 then `Negative else if n = 0 then `Zero else `Positive n
let show = function `Negative -> "-" | `Zero -> "0" | `Positive n -> string_of_int n
let s = show (classify 3)
let opt = function `Ok x -> Some x | `Error _ -> None
let pairs = [(`A, 1); (`B, 2)]
let find k = List.assoc k pairs
let handle = function `Quit -> exit 0 | `Print s -> print_endline s | `Other -> ()
let cmd = match Sys.argv with [| _; "q" |] -> `Quit | _ -> `Other
let () = handle cmd
let fold f acc = function `One x -> f acc x | `Two (x, y) -> f (f acc x) y
let g x = match x with `A | `B -> 1 | `C -> 2
let k x = match x with `A n when n > 0 -> n | `A _ -> 0 | `B -> -1
