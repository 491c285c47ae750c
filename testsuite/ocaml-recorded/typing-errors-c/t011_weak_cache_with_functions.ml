let cache = ref []
let lookup key = List.assoc key !cache
