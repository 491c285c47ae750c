let rec pairs x = (x, pairs)
