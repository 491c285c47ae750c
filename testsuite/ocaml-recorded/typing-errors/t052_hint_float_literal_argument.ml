let root = sqrt 16
