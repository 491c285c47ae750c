let answer = fun -> 42
