(* Stack-based RPN calculator *)
exception Bad_token of string

let eval tokens =
  let st = Stack.create () in
  let binop f = let b = Stack.pop st in let a = Stack.pop st in Stack.push (f a b) st in
  List.iter
    (fun tok ->
      match tok with
      | "+" -> binop ( +. )
      | "-" -> binop ( -. )
      | "*" -> binop ( *. )
      | "/" -> binop ( /. )
      | s -> (match float_of_string_opt s with Some x -> Stack.push x st | None -> raise (Bad_token s)))
    tokens;
  Stack.pop st

let () =
  try Printf.printf "%g\n" (eval (String.split_on_char ' ' "3 4 + 2 *"))
  with Bad_token s -> Printf.eprintf "bad token %S\n" s
