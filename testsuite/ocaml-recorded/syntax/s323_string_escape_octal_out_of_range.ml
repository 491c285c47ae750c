let s = "\o400"
