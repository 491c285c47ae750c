type ('k, 'v) table = ('k * 'v) list
let empty : int table = []
