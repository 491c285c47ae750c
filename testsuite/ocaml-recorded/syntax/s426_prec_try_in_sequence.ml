let read s =
  let r = ref 0 in
  (try r := int_of_string s with Failure _ -> ());
  !r
