let external = 1
