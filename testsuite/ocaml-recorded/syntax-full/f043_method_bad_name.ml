let o = object method M = 1 end
