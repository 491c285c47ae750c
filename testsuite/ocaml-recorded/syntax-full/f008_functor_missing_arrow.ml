module F = functor (X : sig end) struct end
