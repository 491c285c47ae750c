let lengths = List.map _ [[1]; [2; 3]]
