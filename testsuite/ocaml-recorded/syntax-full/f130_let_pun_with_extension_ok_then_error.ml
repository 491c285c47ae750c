let%ext x
let y = )
