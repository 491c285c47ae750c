type config = { host : string; port : int; secure : bool; timeout : float }
let c = { host = "localhost" }
