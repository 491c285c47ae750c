module type S = (sig end
let y = 2
