let a = ref []
let b = ref None
let c = ref ([], None)
