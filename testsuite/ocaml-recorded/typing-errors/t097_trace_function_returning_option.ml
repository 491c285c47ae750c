let find_user (id : int) : string option = if id = 0 then Some "root" else None
let check (f : int -> int option) = f 0
let r = check find_user
