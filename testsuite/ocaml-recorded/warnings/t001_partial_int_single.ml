let name n = match n with 0 -> "zero"
