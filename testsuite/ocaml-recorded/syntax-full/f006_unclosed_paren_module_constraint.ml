module M = (struct end : sig end
let y = 2
