let parse s = try int_of_string s with Failure _ -> "bad"
