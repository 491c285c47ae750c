exception Unbalanced

let balanced s =
  let st = Stack.create () in
  String.iter
    (fun c ->
      match c with
      | '(' | '[' -> Stack.push c st
      | ')' -> if Stack.is_empty st || Stack.pop st <> '(' then raise Unbalanced
      | ']' -> if Stack.is_empty st || Stack.pop st <> '[' then raise Unbalanced
      | _ -> ())
    s;
  Stack.is_empty st

let bfs graph start =
  let seen = Hashtbl.create 10 in
  let q = Queue.create () in
  Queue.add start q;
  Hashtbl.replace seen start ();
  let order = ref [] in
  while not (Queue.is_empty q) do
    let v = Queue.take q in
    order := v :: !order;
    List.iter
      (fun w ->
        if not (Hashtbl.mem seen w) then begin
          Hashtbl.replace seen w ();
          Queue.push w q
        end)
      (graph v)
  done;
  List.rev !order

let drain q = try Some (Queue.pop q) with Queue.Empty -> None
let top st = match Stack.top_opt st with Some x -> x | None -> 0
