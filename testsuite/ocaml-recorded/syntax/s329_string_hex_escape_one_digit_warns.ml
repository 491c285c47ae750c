let s = "\x4"
