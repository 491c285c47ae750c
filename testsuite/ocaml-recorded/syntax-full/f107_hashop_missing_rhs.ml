let x = a ##
