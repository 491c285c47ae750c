let current = ref None
let counter = ref 0
