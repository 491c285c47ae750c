(* A cache of recent results in a weak array: the GC may empty its slots *)
let cache : (int * string) Weak.t = Weak.create 64

let slot key = key land (Weak.length cache - 1)

let remember key v = Weak.set cache (slot key) (Some (key, v))

let lookup key =
  match Weak.get cache (slot key) with
  | Some (k, v) when k = key -> Some v
  | _ -> None

let live () =
  let n = ref 0 in
  for i = 0 to Weak.length cache - 1 do
    if Weak.check cache i then incr n
  done;
  !n

let clear () = Weak.fill cache 0 (Weak.length cache) None

let () =
  remember 3 "three";
  Printf.printf "%s %d\n" (Option.value (lookup 3) ~default:"gone") (live ());
  clear ()
