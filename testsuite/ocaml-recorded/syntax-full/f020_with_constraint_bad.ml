module type S = sig type t end with t = int
