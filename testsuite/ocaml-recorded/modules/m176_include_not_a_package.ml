include (val 3)
