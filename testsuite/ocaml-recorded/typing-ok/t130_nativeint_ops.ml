let n = Nativeint.add 10n 20n
let w = Nativeint.size
let m = Nativeint.max 3n 4n
let s = Nativeint.to_string n
