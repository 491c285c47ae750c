let banner = "line one
line two" + 1
