(* The labelled modules: ListLabels, ArrayLabels, StringLabels, BytesLabels *)
let scores = [ ("ann", 3); ("bob", 5); ("cy", 4) ]

let names = ListLabels.map ~f:fst scores
let total = ListLabels.fold_left ~f:(fun acc (_, s) -> acc + s) ~init:0 scores
let best = ListLabels.sort ~cmp:(fun (_, a) (_, b) -> compare b a) scores
let high = ListLabels.filter scores ~f:(fun (_, s) -> s > 3)
let found = ListLabels.find_opt ~f:(fun (n, _) -> n = "bob") scores
let has_cy = ListLabels.mem_assoc "cy" ~map:scores
let squares = ArrayLabels.init 5 ~f:(fun i -> i * i)
let grid = ArrayLabels.make_matrix ~dimx:2 ~dimy:3 0.
let sum = ArrayLabels.fold_right squares ~f:( + ) ~init:0
let part = ArrayLabels.sub squares ~pos:1 ~len:3
let line = StringLabels.concat ~sep:", " names
let shout = StringLabels.map ~f:Char.uppercase_ascii line
let fields = StringLabels.split_on_char ~sep:',' "a,b,c"
let prefixed = StringLabels.starts_with ~prefix:"an" "ann"

let buf =
  let b = BytesLabels.make 4 '.' in
  BytesLabels.blit_string ~src:"ab" ~src_pos:0 ~dst:b ~dst_pos:1 ~len:2;
  BytesLabels.fill b ~pos:3 ~len:1 '!';
  BytesLabels.to_string b

let () =
  ArrayLabels.iteri squares ~f:(fun i x -> Printf.printf "%d:%d " i x);
  ListLabels.iter ~f:print_endline [ line; shout; buf ];
  Printf.printf "%d %d %d %b\n" total sum (Array.length part) has_cy
