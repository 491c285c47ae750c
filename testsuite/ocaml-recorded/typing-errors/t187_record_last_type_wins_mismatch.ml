type cat = { name : string; lives : int }
type dog = { name : string; tricks : string list }
let lives_of c = c.lives
let describe c = c.name ^ string_of_int (lives_of c)
