let s = "\256"
