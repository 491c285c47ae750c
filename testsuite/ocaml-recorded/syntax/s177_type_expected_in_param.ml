let id (x : ) = x
