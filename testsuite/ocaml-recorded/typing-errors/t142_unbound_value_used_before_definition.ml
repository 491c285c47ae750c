let area = width * 2
let width = 10
