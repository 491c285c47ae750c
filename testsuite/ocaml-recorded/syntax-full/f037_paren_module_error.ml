let f = (module
