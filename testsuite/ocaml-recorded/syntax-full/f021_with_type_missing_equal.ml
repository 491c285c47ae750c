module type S = sig type t end with type t int
