(* Syntax errors: OCaml names the first token that cannot continue the
   program, and sometimes what it expected there. *)

(* Habits from other languages. `+=' is a valid operator name, so this one
   parses, and is only unbound. *)
let x = 1 += 2
[%%expect{|
Line 1, characters 10-12:
1 | let x = 1 += 2
              ^^
Error: Unbound value +=
|}]

let abs x = x < 0 ? -x : x
[%%expect{|
Line 1, characters 20-21:
1 | let abs x = x < 0 ? -x : x
                        ^
Error: Syntax error
|}]

let f = fun x => x + 1
[%%expect{|
Line 1, characters 14-16:
1 | let f = fun x => x + 1
                  ^^
Error: Syntax error
|}]

let sign n = match n with
  | 0 => "zero"
  | _ => "other"
[%%expect{|
Line 2, characters 6-8:
2 |   | 0 => "zero"
          ^^
Error: Syntax error
|}]

(* A local `let' without its `in': the error is at the first token that
   cannot continue the binding's expression. *)
let main () =
  let x = 1
  print_int x
;;
[%%expect{|
Line 4, characters 0-2:
4 | ;;
    ^^
Error: Syntax error
|}]

let x = if then 1 else 2
[%%expect{|
Line 1, characters 11-15:
1 | let x = if then 1 else 2
               ^^^^
Error: Syntax error
|}]

let stray = (1 + 2))
[%%expect{|
Line 1, characters 19-20:
1 | let stray = (1 + 2))
                       ^
Error: Syntax error
|}]

(* An expected construct, named. *)
let rec length l =
  match l with
  | [] -> 0
  | x :: -> 1 + length x
[%%expect{|
Line 4, characters 9-11:
4 |   | x :: -> 1 + length x
             ^^
Error: Syntax error: pattern expected.
|}]

let id (x : ) = x
[%%expect{|
Line 1, characters 12-13:
1 | let id (x : ) = x
                ^
Error: Syntax error: type expected.
|}]

let f p =
  match p with
  | (x, _) as -> x
[%%expect{|
Line 3, characters 14-16:
3 |   | (x, _) as -> x
                  ^^
Error: Syntax error: identifier expected.
|}]

let pairs = List.map2 ( , ) [1; 2] [3; 4]
[%%expect{|
Line 1, characters 24-25:
1 | let pairs = List.map2 ( , ) [1; 2] [3; 4]
                            ^
Error: Syntax error: operator expected.
|}]

(* A construct not allowed where it is. *)
let todo () = _
[%%expect{|
Line 1, characters 14-15:
1 | let todo () = _
                  ^
Error: Syntax error: wildcard "_" not expected.
|}]

(* A `;;' ends a phrase: after it, a new item may start. *)
let a = 1;;
let b = a + 1;;
a + b;;
[%%expect{|
val a : int
val b : int
- : int
|}]
