let banner : int = "first line \
                   second line \
                   third line"
