let values = [1; 2; (fun () -> 3)]
