(* Precedence and associativity, as the types show them. *)

(* , is looser than @ and ^, which are looser than ::, looser than +. *)
let l1 = [1, 2]
let l2 = 1 :: [2] @ [3]
let l3 = "a" :: [] @ ["b"]
let l4 = 1, 2 :: []
let l5 = 1 + 2 :: []
[%%expect{|
val l1 : (int * int) list
val l2 : int list
val l3 : string list
val l4 : int * int list
val l5 : int list
|}]

(* A constructor applies to one argument: Some 1, 2 is a pair. *)
let p = Some 1, 2
[%%expect{|
val p : int option * int
|}]

(* fun and let extend as far to the right as they can. *)
let f = fun x -> x, 1
let g = let y = 1 in y, y
[%%expect{|
val f : 'a -> 'a * int
val g : int * int
|}]

(* if without else takes only the next expression: the sequence's second
   half is outside. *)
let h c = if c then print_string "yes"; 1
[%%expect{|
val h : bool -> int
|}]

(* ** associates to the right; :: too. *)
let e = 2. ** 3. ** 2.
let m = -1 :: -2 :: []
[%%expect{|
val e : float
val m : int list
|}]

(* ! binds tighter than +, and := is looser than everything but ;. *)
let r = ref 0
let v = !r + 1
let () = r := !r + 1; r := 2
[%%expect{|
val r : int ref
val v : int
|}]

(* User-defined operators take the precedence of their first character. *)
let ( +! ) a b = a + b
let ( *! ) a b = a * b
let ( @! ) a b = a @ b
let ( |>! ) x f = f x
let six = 1 +! 1 *! 5
let xs = [1] @! [2] @! [3]
let seven = 6 |>! succ
[%%expect{|
val ( +! ) : int -> int -> int
val ( *! ) : int -> int -> int
val ( @! ) : 'a list -> 'a list -> 'a list
val ( |>! ) : 'a -> ('a -> 'b) -> 'b
val six : int
val xs : int list
val seven : int
|}]

(* A match inside a match arm takes the arms that follow it. *)
let classify x y =
  match x with
  | 0 -> (match y with 0 -> "both" | _ -> "x")
  | _ -> "neither"
[%%expect{|
val classify : int -> int -> string
|}]

let classify x y =
  match x with
  | 0 -> match y with 0 -> "both" | _ -> "x"
  | _ -> "neither"
[%%expect{|
Line 4, characters 4-5:
4 |   | _ -> "neither"
        ^
Warning 11 [redundant-case]: this match case is unused.
Lines 2-4, characters 2-18:
2 | ..match x with
3 |   | 0 -> match y with 0 -> "both" | _ -> "x"
4 |   | _ -> "neither"
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
1
val classify : int -> int -> string
|}]

(* Errors that show how an expression was parsed. *)

(* Application binds tighter than any operator. *)
let x = print_int 1 + 2
[%%expect{|
Line 1, characters 8-19:
1 | let x = print_int 1 + 2
            ^^^^^^^^^^^
Error: This expression has type unit but an expression was expected of type
         int
Line 1, characters 8-23:
1 | let x = print_int 1 + 2
            ^^^^^^^^^^^^^^^
  Hint: Did you mean `print_int (1 + 2)'?
|}]

(* Comparisons associate to the left: (1 < 2) < 3 compares a bool with 3. *)
let b = 1 < 2 < 3
[%%expect{|
Line 1, characters 16-17:
1 | let b = 1 < 2 < 3
                    ^
Error: This expression has type int but an expression was expected of type
         bool
|}]

(* :: binds tighter than ^: this is "a" ^ ("b" :: []). *)
let l = "a" ^ "b" :: []
[%%expect{|
Line 1, characters 14-23:
1 | let l = "a" ^ "b" :: []
                  ^^^^^^^^^
Error: This expression has type 'a list
       but an expression was expected of type string
|}]
