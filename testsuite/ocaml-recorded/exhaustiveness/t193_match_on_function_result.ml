let f g = match g 1 with 1 -> true | 2 -> false
