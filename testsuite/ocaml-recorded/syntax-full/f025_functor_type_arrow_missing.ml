module type F = functor (X : sig end) sig end
