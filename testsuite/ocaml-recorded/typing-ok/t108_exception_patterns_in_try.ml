let safe_div a b = try Some (a / b) with Division_by_zero -> None
let find_or k l d = try List.assoc k l with Not_found -> d
let parse s = try int_of_string s with Failure msg -> String.length msg
