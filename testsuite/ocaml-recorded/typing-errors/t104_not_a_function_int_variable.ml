let scale (factor : int) = factor (2 + 3)
