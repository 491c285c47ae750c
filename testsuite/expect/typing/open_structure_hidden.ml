(* `open struct ... end` inside a structure may define any type, exception,
   module or module type: they are hidden, and allowed when the enclosing
   structure's signature shows none of them (a type abbreviation of the
   library's types is shown as its expansion). *)

module Counter = struct
  open struct
    type state = { mutable n : int }
    let state = { n = 0 }
    exception Negative of int
  end
  let incr () = state.n <- state.n + 1
  let decr () = if state.n = 0 then raise (Negative 0) else state.n <- state.n - 1
  let get () = try state.n with Negative n -> n
end
[%%expect{|
module Counter :
  sig
    val incr : unit -> unit
    val decr : unit -> unit
    val get : unit -> int
  end
|}]

module Colors = struct
  open struct
    type t = Red | Green
    let code = function Red -> 1 | Green -> 2
  end
  let total = code Red + code Green
end
[%%expect{|
module Colors : sig val total : int end
|}]

module Nested = struct
  open struct
    let n = 3
    module A = struct
      open struct type t = T let x = T end
      let y = match x with T -> 1
    end
    module type S = sig val y : int end
    module B : S = A
    let h = A.y + B.y
  end
  let z = h + n
end
[%%expect{|
module Nested : sig val z : int end
|}]

module Pairs = struct
  open struct
    type 'a pair = 'a * 'a
    module P = struct type t = int pair let origin : t = (0, 0) end
  end
  let origin = P.origin
end
[%%expect{|
module Pairs : sig val origin : int * int end
|}]

include struct
  open struct exception Interrupt type mode = Fast | Slow end
  let run fast = match if fast then Fast else Slow with Fast -> raise Interrupt | Slow -> ()
  let () = match run true with exception Interrupt -> () | _ -> assert false
  let slow () = run false
end
[%%expect{|
val run : bool -> unit = <fun>
val slow : unit -> unit = <fun>
|}]
