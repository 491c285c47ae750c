let expensive = Lazy.from_fun (fun () -> 6 * 7)
let get () = Lazy.force expensive
let twice = Lazy.map (fun x -> 2 * x) expensive
let base = Filename.basename "/tmp/a.ml"
let stem = Filename.remove_extension base
let tmp = Filename.temp_file
let describe e = Printexc.to_string e
let z = Complex.add Complex.one { Complex.re = 1.; im = 2. }
let hash = Digest.to_hex (Digest.string "abc")
let h = Hashtbl.hash "x"
