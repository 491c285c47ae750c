type ('a, 'a) pair = 'a * 'a
