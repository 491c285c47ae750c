(* Random permutations and lotto draws *)
let rec extract_rand l n =
  let rec remove i = function
    | [] -> raise Not_found
    | h :: t -> if i = 0 then (h, t) else let x, r = remove (i - 1) t in (x, h :: r)
  in
  if n <= 0 then [] else
    let x, rest = remove (Random.int (List.length l)) l in
    x :: extract_rand rest (n - 1)

let range a b = List.init (b - a + 1) (fun i -> a + i)
let lotto n m = extract_rand (range 1 m) n
let permutation l = extract_rand l (List.length l)

let () =
  Random.self_init ();
  let draw = lotto 6 49 in
  Printf.printf "draw: %s\n" (String.concat " " (List.map string_of_int draw));
  Printf.printf "%-8s|%5.1f%%\n" "chance" (100. /. 13983816.)
