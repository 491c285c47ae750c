(* Polymorphic variants in expressions and patterns: the rows inferred,
   closed by a match without a wildcard, kept open by one with it. *)

let f_1 = function 0 -> `Infinity | 1 -> `Finite 1 | n -> `Finite (-n)
[%%expect{|
val f_1 : int -> [> `Finite of int | `Infinity ] = <fun>
|}]

let describe = function `Circle r -> r | `Rect (w, h) -> w *. h | `Point -> 0.
[%%expect{|
val describe :
  [< `Circle of float | `Point | `Rect of float * float ] -> float = <fun>
|}]

let g = function `A -> 1 | _ -> 2
[%%expect{|
val g : [> `A ] -> int = <fun>
|}]

let h x = match x with `A -> `B | y -> y
[%%expect{|
val h : ([> `A | `B ] as 'a) -> 'a = <fun>
|}]

let both x = (describe x, match x with `Circle _ -> 1 | _ -> 0)
[%%expect{|
val both :
  [< `Circle of float | `Point | `Rect of float * float > `Circle ] ->
  float * int = <fun>
|}]

let pair = function (`A, `C) -> 1 | (`B, _) -> 2 | (_, `D) -> 3
[%%expect{|
val pair : [< `A | `B ] * [< `C | `D ] -> int = <fun>
|}]

let alias = function (`A | `B) as x -> x | `C -> `D
[%%expect{|
val alias : [< `A | `B | `C ] -> [> `A | `B | `D ] = <fun>
|}]

let r = ref `A
[%%expect{|
val r : _[> `A ] ref = {contents = `A}
|}]

let nested x = match x with `A (Some y) -> y | `B -> 0
[%%expect{|
Line 1, characters 15-54:
1 | let nested x = match x with `A (Some y) -> y | `B -> 0
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Warning 8 [partial-match]: this pattern-matching is not exhaustive.
Here is an example of a case that is not matched:
`A None
val nested : [< `A of int option | `B ] -> int = <fun>
|}]

let unused = function `A -> 1 | `B -> 2 | `A -> 3
[%%expect{|
Line 1, characters 42-44:
1 | let unused = function `A -> 1 | `B -> 2 | `A -> 3
                                              ^^
Warning 11 [redundant-case]: this match case is unused.
val unused : [< `A | `B ] -> int = <fun>
|}]

let missing = f_1 0 = `Zero
[%%expect{|
val missing : bool = false
|}]

let closed = describe `Square
[%%expect{|
Line 1, characters 22-29:
1 | let closed = describe `Square
                          ^^^^^^^
Error: This expression has type [> `Square ]
       but an expression was expected of type
         [< `Circle of float | `Point | `Rect of float * float ]
       The second variant type does not allow tag(s) `Square
|}]

let wrong_arg = describe (`Circle 1)
[%%expect{|
Line 1, characters 25-36:
1 | let wrong_arg = describe (`Circle 1)
                             ^^^^^^^^^^^
Error: This expression has type [> `Circle of int ]
       but an expression was expected of type
         [< `Circle of float | `Point | `Rect of float * float ]
       Types for tag `Circle are incompatible
Line 1, characters 34-35:
1 | let wrong_arg = describe (`Circle 1)
                                      ^
  Hint: Did you mean `1.'?
|}]

let none = if true then `A else 3
[%%expect{|
Line 1, characters 32-33:
1 | let none = if true then `A else 3
                                    ^
Error: This expression has type int but an expression was expected of type
         [> `A ]
|}]

let disjoint x = (match x with `A -> 1) + (match x with `B -> 2)
[%%expect{|
Line 1, characters 56-58:
1 | let disjoint x = (match x with `A -> 1) + (match x with `B -> 2)
                                                            ^^
Error: This pattern matches values of type [< `B ]
       but a pattern was expected which matches values of type [< `A ]
       These two variant types have no intersection
Line 1, characters 17-39:
1 | let disjoint x = (match x with `A -> 1) + (match x with `B -> 2)
                     ^^^^^^^^^^^^^^^^^^^^^^
  Hint: `(match x with `A -> 1)' is likely the mistake: its patterns give `x' a type the rest of the code does not agree with.
|}]

let same_hash = `azdwbie = `c7diagq
[%%expect{|
Line 1, characters 27-35:
1 | let same_hash = `azdwbie = `c7diagq
                               ^^^^^^^^
Error: Variant tags `azdwbie and `c7diagq have the same hash value.
       Change one of them.
Line 1, characters 16-24:
1 | let same_hash = `azdwbie = `c7diagq
                    ^^^^^^^^
  Hint: ``azdwbie' is likely the mistake: it has type [> `azdwbie ] but the context needs [> `c7diagq ].
|}]

let same_hash_in_patterns = function `azdwbie -> () | `c7diagq -> ()
[%%expect{|
Line 1, characters 54-62:
1 | let same_hash_in_patterns = function `azdwbie -> () | `c7diagq -> ()
                                                          ^^^^^^^^
Error: Variant tags `azdwbie and `c7diagq have the same hash value.
       Change one of them.
|}]
