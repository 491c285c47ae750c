let fail msg = raise (Failure msg)
let r = fail "boom" 1 2
