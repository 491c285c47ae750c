let rec q = for i = 0 to 1 do ignore q done
