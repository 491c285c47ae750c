let pick (first : 'first) (_ : 'second) = first
let tag (x : 'elt) = [x]
