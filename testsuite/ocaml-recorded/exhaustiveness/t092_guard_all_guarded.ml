let f x = match x with n when n > 0 -> 1 | n when n <= 0 -> 0
