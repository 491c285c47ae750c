(* open StdLabels: List, Array, String and Bytes take labels *)
open StdLabels

let lengths words = List.map words ~f:String.length
let longest words = List.fold_left words ~init:"" ~f:(fun a w -> if String.length w > String.length a then w else a)
let join words = String.concat ~sep:" " words
let rev_in_place a = Array.sort a ~cmp:(fun x y -> compare y x)
let copy_into dst s = Bytes.blit_string ~src:s ~src_pos:0 ~dst ~dst_pos:0 ~len:(String.length s)
let pairs = List.combine [ 1; 2 ] [ "a"; "b" ]
let evens = List.filteri ~f:(fun i _ -> i mod 2 = 0) [ 'a'; 'b'; 'c' ]
module L = StdLabels.List
let firsts = L.map ~f:fst pairs
