(* A counter shared through Atomic, and values registered for C with Callback *)
let hits = Atomic.make 0
let last = Atomic.make ""

let hit name =
  Atomic.incr hits;
  Atomic.set last name;
  Atomic.fetch_and_add hits 0

let reset () = Atomic.exchange hits 0

let claim flag = Atomic.compare_and_set flag false true

exception Stop of string

let () =
  Callback.register "hit" hit;
  Callback.register_exception "stop" (Stop "");
  let flag = Atomic.make false in
  Printf.printf "%d %b %d %s\n" (hit "a") (claim flag) (reset ()) (Atomic.get last)
