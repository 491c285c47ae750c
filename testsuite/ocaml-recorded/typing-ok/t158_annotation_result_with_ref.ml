let make_counter () : int ref = ref 0
let names : string list ref = ref []
