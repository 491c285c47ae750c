(* Warning 6: a function of the prelude that takes labelled arguments,
   applied without the labels. Labels are outside the subset; applying
   such a function to unlabelled arguments is not. *)

let r = Option.to_result "missing" (Some 1)
[%%expect{|
Line 1, characters 8-24:
1 | let r = Option.to_result "missing" (Some 1)
            ^^^^^^^^^^^^^^^^
Warning 6 [labels-omitted]: label none was omitted in the application of this function.
val r : (int, string) result
|}]
