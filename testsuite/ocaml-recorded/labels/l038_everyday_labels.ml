let sum ?(init = 0) l = List.fold_left ( + ) init l
let a = sum [1; 2]
let b = sum ~init:5 [1]
let pr ~sep l = print_string (String.concat sep l)
let () = pr ~sep:", " ["a"; "b"]
let h = Hashtbl.create ~random:true 16
let c = let f ~x = x * 2 in f ~x:3
let rec fact ?(acc = 1) n = if n = 0 then acc else fact ~acc:(acc * n) (n - 1)
let w = fact 5
let opt ?x () = x
let v = opt ()
let g ~f = f 1
let k = (fun ~a ~b -> a - b) ~b:1 ~a:2
let m f = f ?x:None ()
let n = m (fun ?x () -> x = Some 1)
let o = List.iter (fun (s : string) -> ignore s) ["a"]
let q (f : ?x:int -> unit -> int) = f ~x:1 ()
