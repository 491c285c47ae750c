type cat = { name : string; lives : int }
type dog = { name : string; tricks : string list }
let rex = { name = "Rex"; tricks = [] }
let name_of d = d.name
