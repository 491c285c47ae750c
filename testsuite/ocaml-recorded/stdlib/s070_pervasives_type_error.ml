(* A Pervasives type in a message: int Pervasives.ref = int ref *)
let start : int Pervasives.ref = 0
