let store = ref []
let pairs x = (x, !store)
