let s = String.reverse "abc"
