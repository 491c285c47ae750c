let handler = ref (fun x -> x)
let call v = !handler v
