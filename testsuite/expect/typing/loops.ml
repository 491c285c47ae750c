(* for and while loops: their index, bounds, bodies and conditions. *)

let sum n =
  let total = ref 0 in
  for i = 1 to n do total := !total + i done;
  for _ = n downto 1 do () done;
  !total
let count_down n = let k = ref n in while !k > 0 do decr k done
[%%expect{|
val sum : int -> int
val count_down : int -> unit
|}]

(* The bounds are ints ... *)
let f () = for i = 0.5 to 10 do print_int i done
[%%expect{|
Line 1, characters 19-22:
1 | let f () = for i = 0.5 to 10 do print_int i done
                       ^^^
Error: This expression has type float but an expression was expected of type
         int
       because it is in a for-loop start index
|}]

let f l = for i = 0 to float_of_int (List.length l) do print_int i done
[%%expect{|
Line 1, characters 23-51:
1 | let f l = for i = 0 to float_of_int (List.length l) do print_int i done
                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: This expression has type float but an expression was expected of type
         int
       because it is in a for-loop stop index
|}]

(* ... the index is an int in the body ... *)
let f () = for i = 0 to 3 do print_float i done
[%%expect{|
Line 1, characters 41-42:
1 | let f () = for i = 0 to 3 do print_float i done
                                             ^
Error: This expression has type int but an expression was expected of type
         float
|}]

(* ... and only a variable or _. *)
let f () = for (i, j) = 0 to 3 do () done
[%%expect{|
Line 1, characters 15-21:
1 | let f () = for (i, j) = 0 to 3 do () done
                   ^^^^^^
Error: Invalid for-loop index: only variables and _ are allowed.
|}]

(* The body is a statement: a value there is warning 10. *)
let f () = for i = 1 to 3 do i * 2 done
[%%expect{|
Line 1, characters 29-34:
1 | let f () = for i = 1 to 3 do i * 2 done
                                 ^^^^^
Warning 10 [non-unit-statement]: this expression should have type unit.
val f : unit -> unit
|}]

let f () = while true do 1 done
[%%expect{|
Line 1, characters 25-26:
1 | let f () = while true do 1 done
                             ^
Warning 10 [non-unit-statement]: this expression should have type unit.
val f : unit -> unit
|}]
