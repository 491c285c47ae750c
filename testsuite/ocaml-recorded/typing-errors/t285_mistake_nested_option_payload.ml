let parse s : int option = Some (int_of_string_opt s)
