let label name = "Name: " ^ string_of_int name
let r = label "bob"
