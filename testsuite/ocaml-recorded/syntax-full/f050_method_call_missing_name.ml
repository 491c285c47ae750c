let x = o# + 1
