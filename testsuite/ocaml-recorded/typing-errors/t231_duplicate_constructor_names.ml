type cmd = Go | Stop | Go
