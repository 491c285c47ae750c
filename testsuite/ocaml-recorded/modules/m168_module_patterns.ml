module type S = sig type t val x : t val show : t -> string end
module I = struct type t = int let x = 1 let show = string_of_int end
let show (module M : S) = M.show M.x
let show2 = fun (module M : S) -> M.show M.x
let l = [ (module I : S) ]
let all = List.map (fun (module M : S) -> M.show M.x) l
let first () = let (module M : S) = List.hd l in M.show M.x
let second () = let (module M) = (List.hd l : (module S)) in M.show M.x
let m = match List.hd l with (module M : S) -> M.show M.x
let g (type a) (module M : S with type t = a) (y : a) = M.show y
let h (module M : S with type t = int) = M.x + 1
let k = function (module M : S) when M.show M.x = "1" -> true | _ -> false
let n ((module M : S), y) = M.show M.x ^ y
