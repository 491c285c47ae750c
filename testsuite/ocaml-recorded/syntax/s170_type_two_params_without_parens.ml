type 'a 'b pair = 'a * 'b
