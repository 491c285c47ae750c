let n =
  let module L = List in
  L.length [1; 2]
