let log = ref []
let bad = 1 + "two"
