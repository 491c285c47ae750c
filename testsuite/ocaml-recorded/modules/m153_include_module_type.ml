(* `include MT` in a signature: MT's items, its types declared anew; of a
   named module type, of one with a constraint, of a signature. *)
module type Monad = sig
  type 'a t
  val return : 'a -> 'a t
  val bind : 'a t -> ('a -> 'b t) -> 'b t
end

module type Monad_ext = sig
  include Monad
  val map : ('a -> 'b) -> 'a t -> 'b t
end

module type Show = sig
  type t
  val show : t -> string
end

module type Show_int = sig
  include Show with type t = int
  include sig val zero : t end
end

module Option_monad : Monad_ext with type 'a t = 'a option = struct
  type 'a t = 'a option
  let return x = Some x
  let bind m f = match m with None -> None | Some x -> f x
  let map f m = bind m (fun x -> return (f x))
end

module Int_show : Show_int = struct
  type t = int
  let show = string_of_int
  let zero = 0
end

let doubled = Option_monad.map (fun x -> 2 * x) (Some 21)
let shown = Int_show.show Int_show.zero
