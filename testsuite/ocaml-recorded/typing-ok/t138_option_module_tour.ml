let a = Option.map succ (Some 1)
let b = Option.get (Some "x")
let c = Option.is_none None
let d = Option.bind (Some 3) (fun x -> if x > 0 then Some x else None)
let e = Option.to_list (Some 'c')
let f = Option.join (Some (Some 1.))
