let pair (x : 'b) y = ((x, y) : 'a list)
