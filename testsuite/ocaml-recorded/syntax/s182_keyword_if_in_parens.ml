let f = ( if )
