let half = .5
