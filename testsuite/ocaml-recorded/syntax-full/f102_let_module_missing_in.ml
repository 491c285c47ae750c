let x = let module L = List L.length [1]
