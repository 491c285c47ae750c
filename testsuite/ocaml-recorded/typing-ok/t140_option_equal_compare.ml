let eq = Option.equal ( = ) (Some 1) None
let cmp = Option.compare compare
