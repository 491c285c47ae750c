let f (module M : S = M.x
