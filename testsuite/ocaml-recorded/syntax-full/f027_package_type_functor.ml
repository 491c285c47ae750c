type t = (module functor (X : S) -> S)
