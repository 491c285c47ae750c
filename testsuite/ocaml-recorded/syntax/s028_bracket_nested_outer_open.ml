let matrix = [[1; 2]; [3; 4]
let size = List.length matrix
