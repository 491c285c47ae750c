(* Blame wider than the best candidate: where no repair verifies, the
   expression around the candidate that decides its type is pointed at
   when it is the likelier mistake (docs/hints-engine.md, "What the blame
   points at"). OCaml's error stays first, unchanged. *)

(* A float operand of an operator on ints: the operator, written without
   its dot, is the likelier mistake; the error at the operation itself is
   the same mistake, not a second diagnostic. *)
let pi = 4.0 *. atan 1.0
let wave (r : int) = cos (pi * r)
[%%expect{|
val pi : float
Line 2, characters 26-28:
2 | let wave (r : int) = cos (pi * r)
                              ^^
Error: This expression has type float but an expression was expected of type
         int
Line 2, characters 25-33:
2 | let wave (r : int) = cos (pi * r)
                             ^^^^^^^^
  Hint: `(pi * r)' is likely the mistake: `*' works on ints (`*.' on floats), and `pi' is a float.
|}]

(* An int operand of a float operator stays the candidate: a conversion
   was forgotten (here the whole chain of the other kind verifies). *)
let twice (n : int) = n *. 2.0
[%%expect{|
Line 1, characters 22-23:
1 | let twice (n : int) = n *. 2.0
                          ^
Error: This expression has type int but an expression was expected of type
         float
Line 1, characters 22-30:
1 | let twice (n : int) = n *. 2.0
                          ^^^^^^^^
  Hint: Did you mean `n * 2'?
|}]

(* An application that gives no number (here a list) as an operand of an
   operator on ints: the operation is the likelier mistake (the elements
   were to be put together otherwise). *)
let rec split l = match l with [] -> [] | h :: t -> h mod 10 :: (h / 10 + split t)
[%%expect{|
Line 1, characters 74-81:
1 | let rec split l = match l with [] -> [] | h :: t -> h mod 10 :: (h / 10 + split t)
                                                                              ^^^^^^^
Error: This expression has type int list
       but an expression was expected of type int
Line 1, characters 64-82:
1 | let rec split l = match l with [] -> [] | h :: t -> h mod 10 :: (h / 10 + split t)
                                                                    ^^^^^^^^^^^^^^^^^^
  Hint: `(h / 10 + split t)' is likely the mistake: `+' works on ints, and `split t' is no number: it has type int list.
|}]

(* An application that gives a function lacks an argument: it stays the
   candidate, here OCaml's location (no hint). *)
let half a = (max a) / 2
[%%expect{|
Line 1, characters 13-20:
1 | let half a = (max a) / 2
                 ^^^^^^^
Warning 5 [ignored-partial-application]: this function application is partial,
maybe some arguments are missing.
Line 1, characters 13-20:
1 | let half a = (max a) / 2
                 ^^^^^^^
Error: This expression has type 'a -> 'a
       but an expression was expected of type int
|}]

(* A list as an element of a list literal of several elements: the literal
   is the mistake (the lists were to be joined). *)
let rec mirror l = match l with [] -> [] | h :: t -> [h; mirror t; h]
[%%expect{|
Line 1, characters 57-65:
1 | let rec mirror l = match l with [] -> [] | h :: t -> [h; mirror t; h]
                                                             ^^^^^^^^
Error: This expression has type 'a list
       but an expression was expected of type 'a
       The type variable 'a occurs inside 'a list
Line 1, characters 53-69:
1 | let rec mirror l = match l with [] -> [] | h :: t -> [h; mirror t; h]
                                                         ^^^^^^^^^^^^^^^^
  Hint: `[h; mirror t; h]' is likely the mistake: its element `mirror t' is a list itself, of type 'a list.
|}]

(* A one-element list keeps the element as the candidate. *)
let rec digits n = if n < 10 then [n] else [digits (n / 10)]
[%%expect{|
Line 1, characters 44-59:
1 | let rec digits n = if n < 10 then [n] else [digits (n / 10)]
                                                ^^^^^^^^^^^^^^^
Error: This expression has type int list
       but an expression was expected of type int
|}]

(* The expression a `let` takes apart with a pattern, like a match's
   scrutinee: the pattern is as likely the mistake. *)
let sum_pair l = let (a, b) = List.length l in a + b
[%%expect{|
Line 1, characters 30-43:
1 | let sum_pair l = let (a, b) = List.length l in a + b
                                  ^^^^^^^^^^^^^
Error: This expression has type int but an expression was expected of type
         'a * 'b
Line 1, characters 17-52:
1 | let sum_pair l = let (a, b) = List.length l in a + b
                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Hint: `let (a, b) = List.length l in a + b' is likely the mistake: its pattern gives `List.length l' a type the rest of the code does not agree with.
|}]

(* A `let` with a plain name is no pattern to blame. *)
let size l = let n = List.length l in n ^ "items"
[%%expect{|
Line 1, characters 38-39:
1 | let size l = let n = List.length l in n ^ "items"
                                          ^
Error: This expression has type int but an expression was expected of type
         string
Line 1, characters 21-34:
1 | let size l = let n = List.length l in n ^ "items"
                         ^^^^^^^^^^^^^
  Hint: `List.length l' is likely the mistake: here it has type int, which does not agree with the rest of the code.
|}]

(* A name taken apart by a match, used otherwise in a case: the patterns
   are as likely the mistake as the use, and the match is pointed at. *)
let wwhile (f, b) = match f with (n, again) -> if again then f b else n
[%%expect{|
Line 1, characters 61-62:
1 | let wwhile (f, b) = match f with (n, again) -> if again then f b else n
                                                                 ^
Error: This expression has type 'a * bool
       This is not a function; it cannot be applied.
Line 1, characters 20-71:
1 | let wwhile (f, b) = match f with (n, again) -> if again then f b else n
                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Hint: `match f with (n, again) -> if again  ...' is likely the mistake: its patterns give `f' a type the rest of the code does not agree with.
|}]

(* An expression taken apart has a type of its own: the case where OCaml
   reports the error, or another, is closer to the mistake than the match. *)
let f l = match List.rev l with [] -> 0 | h :: t -> h ^ "a"
[%%expect{|
Line 1, characters 52-59:
1 | let f l = match List.rev l with [] -> 0 | h :: t -> h ^ "a"
                                                        ^^^^^^^
Error: This expression has type string but an expression was expected of type
         int
Line 1, characters 38-39:
1 | let f l = match List.rev l with [] -> 0 | h :: t -> h ^ "a"
                                          ^
  Hint: `0' is likely the mistake: it has type int but the context needs string.
|}]


(* A tuple or an arithmetic operation after `::` is no list: the cons is
   pointed at. *)
let add_digit n acc = (n / 10) :: n mod 10
[%%expect{|
Line 1, characters 34-42:
1 | let add_digit n acc = (n / 10) :: n mod 10
                                      ^^^^^^^^
Error: This expression has type int but an expression was expected of type
         int list
Line 1, characters 22-42:
1 | let add_digit n acc = (n / 10) :: n mod 10
                          ^^^^^^^^^^^^^^^^^^^^
  Hint: `(n / 10) :: n mod 10' is likely the mistake: `::' puts an element in front of a list, and `n mod 10' is no list: it has type int.
|}]

let pairs (h : int) a b = h :: (a, b)
[%%expect{|
Line 1, characters 31-37:
1 | let pairs (h : int) a b = h :: (a, b)
                                   ^^^^^^
Error: This expression has type 'a * 'b
       but an expression was expected of type int list
Line 1, characters 26-37:
1 | let pairs (h : int) a b = h :: (a, b)
                              ^^^^^^^^^^^
  Hint: `h :: (a, b)' is likely the mistake: `::' puts an element in front of a list, and `(a, b)' is no list: it has type 'a * 'b.
|}]

(* A name another item defines has a type of its own: the pattern where
   OCaml reports the error is left to OCaml. *)
let person = ("Ada", "Lovelace", 1815, 1852)
let year = match person with (_, _, y) -> y
[%%expect{|
val person : string * string * int * int = ("Ada", "Lovelace", 1815, 1852)
Line 2, characters 29-38:
2 | let year = match person with (_, _, y) -> y
                                 ^^^^^^^^^
Error: This pattern matches values of type 'a * 'b * 'c
       but a pattern was expected which matches values of type
         string * string * int * int
|}]
