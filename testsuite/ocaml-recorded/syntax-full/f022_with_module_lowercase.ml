module type S = sig module M : sig end end with module m = N
