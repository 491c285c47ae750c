type cat = { name : string; lives : int }
type dog = { name : string; tricks : string list }
let felix = { name = "Felix"; lives = 9 }
let lives_left c = c.lives
