type ('k, 'v) binding = { key : 'k; value : 'v }
let bind key value = { key; value }
let key_of b = b.key
