let half = 0.5f
