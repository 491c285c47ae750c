let report name score = name ^ ": " ^ score ^ " points"
let s = report "ann" 10
