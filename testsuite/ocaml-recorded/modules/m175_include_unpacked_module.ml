module type S = sig type t val x : t val show : t -> string end
let m = (module struct type t = int let x = 1 let show = string_of_int end : S)
module A = struct include (val m : S) let y = show x end
module B = struct include (val m) end
let n : (module S with type t = int) = (module struct type t = int let x = 2 let show = string_of_int end)
module C = struct include (val n) let z = x + 1 end
include (val m : S)
let s = show x
