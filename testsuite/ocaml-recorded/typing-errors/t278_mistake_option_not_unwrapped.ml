let find_age name people = List.assoc_opt name people
let next_year = find_age "ann" [("ann", 30)] + 1
