let readings = [| 1.0; 2.5; 3 |]
