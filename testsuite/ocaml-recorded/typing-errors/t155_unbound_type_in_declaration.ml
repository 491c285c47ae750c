type person = { name : string; birth : date }
