let f g = g ~x:1 + g 2
