exception Empty
let head = function [] -> raise Empty | x :: _ -> x
let fail_with msg = raise (Failure msg)
let invalid () = invalid_arg "invalid"
let must = function Some x -> x | None -> failwith "missing"
