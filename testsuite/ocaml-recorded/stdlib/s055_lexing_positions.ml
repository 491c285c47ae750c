(* Hand-written lexer over a Lexing.lexbuf: positions of each word *)
open Lexing

let words text =
  let lb = Lexing.from_string ~with_positions:true text in
  Lexing.set_filename lb "input.txt";
  let n = String.length text in
  let rec loop acc =
    let start = Lexing.lexeme_start lb + lb.lex_curr_pos - lb.lex_start_pos in
    if start >= n then List.rev acc
    else begin
      lb.lex_start_pos <- lb.lex_curr_pos;
      lb.lex_curr_pos <- lb.lex_curr_pos + 1;
      if text.[start] = '\n' then Lexing.new_line lb;
      loop ((Lexing.lexeme lb, Lexing.lexeme_start_p lb) :: acc)
    end
  in
  loop []

let show_pos p = Printf.sprintf "%s:%d:%d" p.pos_fname p.pos_lnum (p.pos_cnum - p.pos_bol)

let next_line p = { p with pos_lnum = p.pos_lnum + 1; pos_bol = p.pos_cnum }

let start = { Lexing.pos_fname = "x.ml"; pos_lnum = 1; pos_bol = 0; pos_cnum = 0 }

let same_file a b = a.pos_fname = b.Lexing.pos_fname

let from_stdin () = Lexing.from_channel stdin

let from_list chunks =
  let rest = ref chunks in
  Lexing.from_function (fun buf len ->
      match !rest with
      | [] -> 0
      | s :: tl ->
          let k = min len (String.length s) in
          Bytes.blit_string s 0 buf 0 k;
          rest := tl;
          k)

let () =
  List.iter (fun (w, p) -> Printf.printf "%S at %s\n" w (show_pos p)) (words "ab\nc");
  print_endline (show_pos (next_line dummy_pos))
