let x = 100u
