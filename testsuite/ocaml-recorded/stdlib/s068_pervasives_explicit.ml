(* Code from before OCaml 4.07, naming Pervasives: each use is an alert *)
let log msg = Pervasives.prerr_endline ("log: " ^ msg)
let counter = Pervasives.ref 0

let next () =
  Pervasives.incr counter;
  !counter

let read_first (ic : Pervasives.in_channel) = try Some (input_line ic) with End_of_file -> None

let describe x =
  match Pervasives.classify_float x with
  | Pervasives.FP_nan -> "nan"
  | Pervasives.FP_infinite -> "infinite"
  | _ -> "finite"

let both a b = Pervasives.( & ) a b

module P = Pervasives

let clamp x = P.max 0 (P.min 100 x)
