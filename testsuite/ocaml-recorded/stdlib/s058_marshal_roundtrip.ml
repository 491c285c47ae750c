(* Saving a table with Marshal and reading it back *)
type entry = { name : string; score : int; tags : string list }

let save file (entries : entry list) =
  let oc = open_out_bin file in
  Marshal.to_channel oc entries [ Marshal.No_sharing ];
  close_out oc

let load file : entry list =
  let ic = open_in_bin file in
  let v = (Marshal.from_channel ic : entry list) in
  close_in ic;
  v

let roundtrip (x : 'a) : 'a = Marshal.from_string (Marshal.to_string x []) 0

let size_of v =
  let b = Marshal.to_bytes v [ Marshal.Closures ] in
  Marshal.total_size b 0 - Marshal.header_size

let () =
  let e = { name = "ann"; score = 3; tags = [ "a" ] } in
  let e' : entry = roundtrip e in
  Printf.printf "%s %d %d\n" e'.name e'.score (size_of [ e; e ])
