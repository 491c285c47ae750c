let t = Hashtable.create 16
