type config = { retries : int; name : string }
let c = { retries = (fun n -> n); name = "x" }
