let handlers = [succ; pred; abs]
let maybe_f = Some (fun x -> x ^ "!")
let pair_f = ((fun x -> x + 1), 0)
