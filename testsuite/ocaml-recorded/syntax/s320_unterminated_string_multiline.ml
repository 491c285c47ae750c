let header = "Name: Alice
Age: 30
let footer = 1
