(* A signature whose include declares a type it declared already. *)
module type Show = sig
  type t
  val show : t -> string
end

module type Twice = sig
  type t
  include Show
end
