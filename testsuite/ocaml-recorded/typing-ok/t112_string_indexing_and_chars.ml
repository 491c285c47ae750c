let first s = s.[0]
let last s = s.[String.length s - 1]
let shout s = String.uppercase_ascii s ^ "!"
let code = Char.code 'A'
let letter = Char.chr 98
