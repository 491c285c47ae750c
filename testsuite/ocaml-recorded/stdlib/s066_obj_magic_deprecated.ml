(* Looking inside values with Obj, and deprecated library values *)
let describe v =
  let r = Obj.repr v in
  if Obj.is_int r then Printf.sprintf "int %d" (Obj.magic r : int)
  else Printf.sprintf "block tag=%d size=%d" (Obj.tag r) (Obj.size r)

let closure_tag = Obj.closure_tag
let ext_name (e : exn) = Obj.Extension_constructor.name (Obj.Extension_constructor.of_val e)
let chop r = Obj.truncate r 1
let old_tag = Obj.final_tag
let s = StringLabels.copy "abc"
let m = ArrayLabels.create_matrix ~dimx:2 ~dimy:2 0
let b = BytesLabels.capitalize (Bytes.of_string "x")
let low = StdLabels.String.lowercase "ABC"
let () = print_endline (describe (Some 3))
