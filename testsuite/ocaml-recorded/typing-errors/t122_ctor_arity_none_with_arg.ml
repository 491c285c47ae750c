let empty = None 0
