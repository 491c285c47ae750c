type token = Number of int | Plus | Minus | Number of float
