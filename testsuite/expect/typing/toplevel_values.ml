(* What the toplevel prints for each phrase, as OCaml's expect tests record
   it: every block here is what `ocaml` 4.13.1 printed, values included.
   mlhint evaluates nothing: it prints `val x : t` and `- : t`, and takes the
   ` = value` part (or the exception an evaluation raised) from the block as
   written, so these blocks pass unchanged (docs/expect.md, Values). *)

(* An expression, and `let _ = e`, print their type as `- : t`. *)
1 + 2;;
[%%expect{|
- : int = 3
|}]

let _ = ref [];;
[%%expect{|
- : '_weak1 list ref = {contents = []}
|}]

let _ : int list = [];;
[%%expect{|
- : int list = []
|}]

let f x = x;;
f;;
[%%expect{|
val f : 'a -> 'a = <fun>
- : 'a -> 'a = <fun>
|}]

let _ = fun x -> x + 1;;
[%%expect{|
- : int -> int = <fun>
|}]

(* A value on the lines after its type. *)
let l = List.init 30 (fun i -> i * 1000);;
[%%expect{|
val l : int list =
  [0; 1000; 2000; 3000; 4000; 5000; 6000; 7000; 8000; 9000; 10000; 11000;
   12000; 13000; 14000; 15000; 16000; 17000; 18000; 19000; 20000; 21000;
   22000; 23000; 24000; 25000; 26000; 27000; 28000; 29000]
|}]

let a, b = 1, "b";;
[%%expect{|
val a : int = 1
val b : string = "b"
|}]

(* An evaluation that raises prints the exception instead. *)
List.hd [];;
[%%expect{|
Exception: Failure "hd".
|}]

print_string "";;
[%%expect{|
- : unit = ()
|}]
