let append_one l = l :: 1
