let c = '\o777'
