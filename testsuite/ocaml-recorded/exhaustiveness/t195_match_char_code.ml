let f c = match Char.code c with 0 -> 'a'
