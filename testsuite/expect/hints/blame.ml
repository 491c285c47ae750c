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

(* A function applied to an argument where the error is: the whole
   application says less than OCaml's location in the argument, so no
   blame hint points at it. *)
let rec wwhile (f, b) = let (b', c) = f b in if c then wwhile (f, b') else b'
let fixpoint (f, b) = wwhile (fun x -> (f x, f x = x))
[%%expect{|
val wwhile : ('a -> 'a * bool) * 'a -> 'a
Line 2, characters 29-54:
2 | let fixpoint (f, b) = wwhile (fun x -> (f x, f x = x))
                                 ^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This expression should not be a function, the expected type is
       ('a -> 'a * bool) * 'a
|}]

(* Parentheses that make the whole application type-check are evidence on
   their own, even where the best candidate is elsewhere (here the local
   function's body). *)
let digits l =
  let rec helper l = match l with [] -> (0, []) | h :: t -> let (c, r) = helper t in (c + h, h :: r) in
  let (_, ans) = helper List.rev (0 :: l) in ans
[%%expect{|
Line 3, characters 17-23:
3 |   let (_, ans) = helper List.rev (0 :: l) in ans
                     ^^^^^^
Error: This function has type int list -> int * int list
       It is applied to too many arguments; maybe you forgot a `;'.
Line 3, characters 17-41:
3 |   let (_, ans) = helper List.rev (0 :: l) in ans
                     ^^^^^^^^^^^^^^^^^^^^^^^^
  Hint: Did you mean `helper (List.rev (0 :: l))'?
|}]

(* The element of a one-element list is where the types met, the list is
   the mistake. *)
let rec clone x n = if n <= 0 then [] else clone [x] (n - 1)
[%%expect{|
Line 1, characters 50-51:
1 | let rec clone x n = if n <= 0 then [] else clone [x] (n - 1)
                                                      ^
Error: This expression has type 'a list
       but an expression was expected of type 'a
       The type variable 'a occurs inside 'a list
Line 1, characters 49-52:
1 | let rec clone x n = if n <= 0 then [] else clone [x] (n - 1)
                                                     ^^^
  Hint: Did you mean `x'?
|}]
