let pair : int * string = (1, 2)
