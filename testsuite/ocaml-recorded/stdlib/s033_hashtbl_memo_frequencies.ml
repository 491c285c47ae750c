(* Memoised Fibonacci and word frequencies with Hashtbl *)
let memo = Hashtbl.create 100

let rec fib n =
  if n < 2 then n
  else
    match Hashtbl.find_opt memo n with
    | Some v -> v
    | None ->
        let v = fib (n - 1) + fib (n - 2) in
        Hashtbl.add memo n v;
        v

let frequencies text =
  let h = Hashtbl.create 64 in
  String.split_on_char ' ' text
  |> List.filter (fun w -> w <> "")
  |> List.iter (fun w -> Hashtbl.replace h w (1 + try Hashtbl.find h w with Not_found -> 0));
  let l = Hashtbl.fold (fun w n acc -> (w, n) :: acc) h [] in
  List.sort (fun (_, a) (_, b) -> compare b a) l

let () =
  Printf.printf "fib 50 = %d\n" (fib 50);
  List.iter (fun (w, n) -> Printf.printf "%10s %3d\n" w n) (frequencies "the cat and the hat and the bat")
