let rec nest x = [nest x]
