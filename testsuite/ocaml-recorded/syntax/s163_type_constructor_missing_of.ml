type shape = Circle float | Square float
