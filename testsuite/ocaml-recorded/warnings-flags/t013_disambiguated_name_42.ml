(* flags: -w +42 *)
type light = Red | Amber | Green
type suit = Hearts | Red
let stop : light = Red
