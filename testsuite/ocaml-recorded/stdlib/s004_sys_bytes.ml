let args = Array.to_list Sys.argv
let program = Sys.argv.(0)
let n = if Array.length Sys.argv > 1 then int_of_string Sys.argv.(1) else 10
let home = Sys.getenv_opt "HOME"
let elapsed () = Sys.time ()
let is_unix = Sys.os_type = "Unix"

let reverse s =
  let b = Bytes.of_string s in
  let n = Bytes.length b in
  for i = 0 to (n / 2) - 1 do
    let c = Bytes.get b i in
    Bytes.set b i (Bytes.get b (n - 1 - i));
    Bytes.set b (n - 1 - i) c
  done;
  Bytes.to_string b

let stars k = Bytes.to_string (Bytes.make k '*')
let backend = match Sys.backend_type with Sys.Native -> "native" | Sys.Bytecode -> "bytecode" | Sys.Other s -> s
