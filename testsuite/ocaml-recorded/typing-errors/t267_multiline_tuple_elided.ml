let table : (int * int) list =
  List.map
    (fun x ->
       (x,
        x * 2,
        x * 3))
    [1; 2; 3; 4;
     5; 6; 7; 8;
     9; 10; 11; 12;
     13; 14; 15]
