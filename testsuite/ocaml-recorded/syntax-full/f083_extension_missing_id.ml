let x = [% 1]
