(* 99 problems: run-length encoding, printed with Printf *)
type 'a rle = One of 'a | Many of int * 'a

let encode l =
  let rec aux count acc = function
    | [] -> []
    | [ x ] -> (if count = 0 then One x else Many (count + 1, x)) :: acc
    | a :: (b :: _ as t) ->
        if a = b then aux (count + 1) acc t
        else aux 0 ((if count = 0 then One a else Many (count + 1, a)) :: acc) t
  in
  List.rev (aux 0 [] l)

let print_rle l =
  List.iter
    (function One x -> Printf.printf "One %s; " x | Many (n, x) -> Printf.printf "Many (%d, %s); " n x)
    l;
  print_newline ()

let () = print_rle (encode [ "a"; "a"; "b"; "c"; "c"; "c" ])
