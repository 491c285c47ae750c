type token = Identifier of string | Integer of int | Floating of float | Plus | Minus | Times | Divide | Left_paren | Right_paren | End_of_input
let is_operator = function Plus | Minus | Times | Divide -> true | _ -> false
