let f (m : (module S with module M = N)) = m
