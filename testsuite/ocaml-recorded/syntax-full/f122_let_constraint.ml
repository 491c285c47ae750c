let constraint = 1
