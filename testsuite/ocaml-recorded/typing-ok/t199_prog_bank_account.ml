exception Insufficient_funds of float
type account = { owner : string; mutable balance : float; mutable history : (string * float) list }
let open_account owner = { owner; balance = 0.; history = [] }
let deposit a amt = a.balance <- a.balance +. amt; a.history <- ("deposit", amt) :: a.history
let withdraw a amt =
  if amt > a.balance then raise (Insufficient_funds a.balance)
  else begin a.balance <- a.balance -. amt; a.history <- ("withdraw", amt) :: a.history end
