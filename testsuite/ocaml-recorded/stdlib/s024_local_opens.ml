let x = Int32.(add 1l (mul 2l 3l))
let sum l = List.(fold_left ( + ) 0 (map abs l))
let buf_of_list l =
  let open Buffer in
  let b = create 16 in
  List.iter (fun s -> add_string b s; add_char b ' ') l;
  contents b
let first_word s = String.(sub s 0 (index s ' '))
let open_twice () = let open! List in let open Array in length [| 1 |]
