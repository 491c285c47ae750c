let mixed = [1; 2; "three"]
