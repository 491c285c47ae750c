type ('k, 'v) assoc = ('k * 'v) list
let empty : ('k, 'v) assoc = []
let add k v (l : ('k, 'v) assoc) : ('k, 'v) assoc = (k, v) :: l
