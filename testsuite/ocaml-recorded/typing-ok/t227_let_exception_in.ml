let find x l =
  let exception Found in
  try List.iter (fun y -> if y = x then raise Found) l; false
  with Found -> true
