type item = { name : string; qty : int }
let restock = function
  | { qty = 0; _ } as it -> { it with qty = 10 }
  | it -> it
