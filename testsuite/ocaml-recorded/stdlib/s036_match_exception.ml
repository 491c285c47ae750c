(* match … with exception: value and exception cases mixed, or-patterns of both *)
let find_opt key table = match List.assoc key table with
  | v -> Some v
  | exception Not_found -> None

type parsed = Zero | Negative of int | Positive of int | Bad of string

let parse s = match int_of_string s with
  | 0 -> Zero
  | n when n < 0 -> Negative n
  | n -> Positive n
  | exception Failure msg -> Bad msg

let first_line ic = match input_line ic with
  | line -> line
  | exception (End_of_file | Sys_error _) -> ""

let safe_div a b = match a / b with
  | q -> Ok q
  | exception (Division_by_zero as e) -> Error (Printexc.to_string e)

let lookup h k = match Hashtbl.find h k with
  | [] | exception Not_found -> 0
  | x :: _ -> x

let rec sum_lines ic acc = match input_line ic with
  | exception End_of_file -> acc
  | l -> sum_lines ic (acc + String.length l)

let check l = match List.hd l with
  | (exception Failure _) | (exception Invalid_argument _) -> false
  | _ -> true
