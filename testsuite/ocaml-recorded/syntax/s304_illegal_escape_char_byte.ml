let red = "" ^ [31m
