let describe = function `Circle r -> r | `Point -> 0.
let area = describe (`Circle 2.)
let x = describe `Square
