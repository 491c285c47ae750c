let cache = ref []
let lookup key = List.assoc key !cache
let remember key value = cache := (key, value) :: !cache
