let s = String.concat ", " (List.map string_of_int (List.filter (fun x -> x > 0) (List.map (fun x -> x *. 2.) [1; 2; 3])))
