(* A calculator: Genlex splits the text, a recursive-descent parser reads the tokens *)
let lexer = Genlex.make_lexer [ "+"; "-"; "*"; "/"; "("; ")"; "let"; "=" ]

let rec expr s =
  let left = term s in
  match Stream.peek s with
  | Some (Genlex.Kwd "+") -> Stream.junk s; left + expr s
  | Some (Genlex.Kwd "-") -> Stream.junk s; left - expr s
  | _ -> left

and term s =
  let left = factor s in
  match Stream.peek s with
  | Some (Genlex.Kwd "*") -> Stream.junk s; left * term s
  | Some (Genlex.Kwd "/") -> Stream.junk s; left / term s
  | _ -> left

and factor s =
  match Stream.next s with
  | Genlex.Int n -> n
  | Genlex.Kwd "(" ->
      let v = expr s in
      (match Stream.next s with Genlex.Kwd ")" -> v | _ -> raise (Stream.Error "')' expected"))
  | Genlex.Kwd "-" -> - factor s
  | Genlex.Ident x -> failwith ("unbound " ^ x)
  | Genlex.Float f -> int_of_float f
  | Genlex.String _ | Genlex.Char _ | Genlex.Kwd _ -> raise (Stream.Error "bad token")

let eval text = expr (lexer (Stream.of_string text))

let describe = function
  | Genlex.Kwd k -> "keyword " ^ k
  | Genlex.Ident i -> "identifier " ^ i
  | Genlex.Int n -> string_of_int n
  | Genlex.Float f -> string_of_float f
  | Genlex.String s -> Printf.sprintf "%S" s
  | Genlex.Char c -> Printf.sprintf "%C" c

let () = Printf.printf "%d\n" (eval "2 * (3 + 4) - 5")
