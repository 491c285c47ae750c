let f ~type:t = t
