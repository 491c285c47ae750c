let c = '\999'
