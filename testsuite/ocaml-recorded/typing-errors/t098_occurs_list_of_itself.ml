let wrap x = x :: x
