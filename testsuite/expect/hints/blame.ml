(* Blame: where no repair verifies, a located hint at the likeliest mistake
   (the expression whose replacement by a hole makes the item type-check,
   ranked), saying what it is and what its context needs. OCaml's error
   stays first, unchanged. *)

(* The mistake is the comparison that gave value its type, not the
   assignment where the types met: the origin of the type (HINTS.md) is
   tried first, and a repair verifies there. *)
let update (best : int ref) value = if value > best then best := value
[%%expect{|
Line 1, characters 65-70:
1 | let update (best : int ref) value = if value > best then best := value
                                                                     ^^^^^
Error: This expression has type int ref
       but an expression was expected of type int
Line 1, characters 47-51:
1 | let update (best : int ref) value = if value > best then best := value
                                                   ^^^^
  Hint: This is a `ref', did you mean `!best'?
|}]

let rec sum l = match l with [] -> [] | x :: rest -> x + sum rest
[%%expect{|
Line 1, characters 57-65:
1 | let rec sum l = match l with [] -> [] | x :: rest -> x + sum rest
                                                             ^^^^^^^^
Error: This expression has type 'a list
       but an expression was expected of type int
Line 1, characters 35-37:
1 | let rec sum l = match l with [] -> [] | x :: rest -> x + sum rest
                                       ^^
  Hint: `[]' is likely the mistake: it has type 'a list but the context needs int.
|}]

let count_pos l = List.fold_left (fun acc x -> if x > 0 then acc + 1 else acc) [] l
[%%expect{|
Line 1, characters 79-81:
1 | let count_pos l = List.fold_left (fun acc x -> if x > 0 then acc + 1 else acc) [] l
                                                                                   ^^
Error: This expression has type 'a list
       but an expression was expected of type int
Line 1, characters 61-68:
1 | let count_pos l = List.fold_left (fun acc x -> if x > 0 then acc + 1 else acc) [] l
                                                                 ^^^^^^^
  Hint: `acc + 1' is likely the mistake.
|}]

(* Silent: the error is where OCaml reports it (nothing likelier). *)
let x : int = "one"
[%%expect{|
Line 1, characters 14-19:
1 | let x : int = "one"
                  ^^^^^
Error: This expression has type string but an expression was expected of type
         int
|}]
