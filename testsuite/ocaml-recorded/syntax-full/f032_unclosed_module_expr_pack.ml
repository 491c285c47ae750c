let m = (module M : S
let x = 1
