type tree = Leaf of int | Node of tree * tree

let rec pp_tree fmt = function
  | Leaf n -> Format.fprintf fmt "%d" n
  | Node (l, r) -> Format.fprintf fmt "@[<hov 2>(%a,@ %a)@]" pp_tree l pp_tree r

let print t = Format.printf "%a@." pp_tree t
let to_string t = Format.asprintf "%a" pp_tree t
let pp_list pp fmt l = Format.pp_print_list pp fmt l
let pp_ints = Format.pp_print_list Format.pp_print_int
let () = Format.printf "@[<v 0>%s@,%d@]@." "a" 1
let s = Format.sprintf "%s=%d" "x" 1
let err = Format.eprintf "%s@\n" "oops"
