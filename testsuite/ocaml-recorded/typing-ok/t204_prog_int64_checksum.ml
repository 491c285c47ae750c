let checksum s =
  let h = ref 5381L in
  String.iter (fun c -> h := Int64.add (Int64.mul !h 33L) (Int64.of_int (Char.code c))) s;
  !h
let as_text s = Int64.to_string (checksum s)
