let c = '\x4'
