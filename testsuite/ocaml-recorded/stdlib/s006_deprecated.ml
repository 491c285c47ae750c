let up b = Bytes.uppercase b
let v = Lazy.lazy_from_val 3
let k = Printf.kprintf
