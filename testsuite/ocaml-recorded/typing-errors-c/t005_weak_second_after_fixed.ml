let names = ref []
let ages = ref []
let () = names := ["ann"]
