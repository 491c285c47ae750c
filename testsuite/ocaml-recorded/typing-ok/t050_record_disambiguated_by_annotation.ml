type cat = { name : string; lives : int }
type dog = { name : string; tricks : string list }
let cat_name (c : cat) = c.name
let describe (c : cat) = c.name ^ " has " ^ string_of_int c.lives ^ " lives"
