type fruit = Apple | Pear
type veg = Carrot | Leek
let basket = [Apple; Pear; Carrot]
