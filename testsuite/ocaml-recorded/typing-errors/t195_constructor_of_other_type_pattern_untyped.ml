type fruit = Apple | Pear
type veg = Carrot | Leek
let name = function Apple -> "apple" | Carrot -> "carrot" | _ -> "?"
