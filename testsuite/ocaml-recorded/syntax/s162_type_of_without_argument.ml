type shape = Circle of | Square
