let a = match [] with [] -> ref [] | _ :: _ -> ref []
let b = (function None -> (fun x -> x) | Some f -> f) None
let c () = match Some 1 with Some _ -> ref None | None -> ref None
let d = let (x, []) = (ref [], []) in x
let e l = match l with [] -> [] | x :: _ -> [x; x]
let f = let Some y = Some (fun x -> x) in y
let g = function true -> (fun x -> x) | false -> (fun y -> y)
let h x = match x with () -> let r = ref [] in r
let i = match 1 with 1 -> [] | _ -> [ref 2]
let j = fun () -> ref []
let k = (fun [] -> ref []) []
let rec l = function [] -> [] | _ :: t -> l t
let m x = let [y] = x in y
