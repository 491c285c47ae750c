type account = { owner : string; balance : float }
let deposit a x = a.balance <- a.balance +. x
