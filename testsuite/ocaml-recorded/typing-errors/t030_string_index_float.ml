let first_char s = s.[0.]
