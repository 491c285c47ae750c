let f x = { return x + 1; }
