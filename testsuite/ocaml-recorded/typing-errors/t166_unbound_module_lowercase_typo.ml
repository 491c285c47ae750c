let s = Strin.concat ", " ["a"; "b"]
