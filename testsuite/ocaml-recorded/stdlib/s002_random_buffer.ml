let () = Random.init 42
let roll () = 1 + Random.int 6
let coin () = Random.bool ()
let pick l = List.nth l (Random.int (List.length l))
let noise = Random.float 1.0
let state = Random.State.make [| 1; 2; 3 |]
let from_state = Random.State.int state 100

let join sep l =
  let b = Buffer.create 64 in
  List.iteri
    (fun i s ->
      if i > 0 then Buffer.add_string b sep;
      Buffer.add_string b s)
    l;
  Buffer.contents b

let shout s =
  let b = Buffer.create (String.length s) in
  String.iter (fun c -> Buffer.add_char b (Char.uppercase_ascii c)) s;
  Buffer.contents b
