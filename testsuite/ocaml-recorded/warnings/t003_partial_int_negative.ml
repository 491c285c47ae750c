let sign = function -1 -> "neg" | 0 -> "zero" | 1 -> "pos"
