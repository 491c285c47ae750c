let pairs = List.map2 ( , ) [1; 2] [3; 4]
