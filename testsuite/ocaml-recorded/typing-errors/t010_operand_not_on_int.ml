let flag = not 0
