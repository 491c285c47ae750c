let y = * 2
