type cat = { name : string; lives : int }
type dog = { breed : string; tricks : string list }
let f = function { lives; breed } -> lives
