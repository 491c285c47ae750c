(* Reporting the GC's statistics and tuning it *)
let report () =
  let s = Gc.stat () in
  Printf.printf "minor: %.0f words, %d collections\n" s.Gc.minor_words s.Gc.minor_collections;
  Printf.printf "major: %d collections, heap %d words, top %d\n" s.Gc.major_collections s.Gc.heap_words
    s.Gc.top_heap_words;
  Printf.printf "allocated: %.0f bytes\n" (Gc.allocated_bytes ())

let tune () =
  let c = Gc.get () in
  Gc.set { c with Gc.space_overhead = 200; minor_heap_size = 1 lsl 20 };
  c.Gc.verbose

let with_finaliser () =
  let r = ref 0 in
  Gc.finalise (fun r -> Printf.printf "freed %d\n" !r) r;
  let alarm = Gc.create_alarm (fun () -> print_endline "major cycle") in
  Gc.full_major ();
  Gc.delete_alarm alarm

let () =
  let minor, promoted, major = Gc.counters () in
  Printf.printf "%.0f %.0f %.0f\n" minor promoted major;
  report ();
  ignore (tune ());
  with_finaliser ();
  Gc.compact ();
  Gc.print_stat stdout
