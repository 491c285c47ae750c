type point = { x : int; y : int; x : float }
