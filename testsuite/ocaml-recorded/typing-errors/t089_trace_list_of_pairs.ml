let table = [("a", 1); ("b", 2)]
let keys : (int * string) list = table
