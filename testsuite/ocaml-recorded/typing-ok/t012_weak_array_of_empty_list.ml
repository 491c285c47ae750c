let cells = Array.make 4 []
let table = Array.of_list []
let literal = [||]
