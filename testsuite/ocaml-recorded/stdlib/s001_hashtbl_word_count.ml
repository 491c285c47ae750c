(* Counting words with the polymorphic Hashtbl; Hashtbl.create has an
   optional ?random argument, eliminated by the application. *)
let count words =
  let table = Hashtbl.create 16 in
  List.iter
    (fun w ->
      match Hashtbl.find_opt table w with
      | Some n -> Hashtbl.replace table w (n + 1)
      | None -> Hashtbl.add table w 1)
    words;
  table

let most_frequent table =
  Hashtbl.fold (fun w n (best, m) -> if n > m then (Some w, n) else (best, m)) table (None, 0)

let keys table = List.of_seq (Hashtbl.to_seq_keys table)
let size = Hashtbl.length (count [ "a"; "b"; "a" ])
let make = Hashtbl.create
let stats t = (Hashtbl.stats t).Hashtbl.num_bindings
