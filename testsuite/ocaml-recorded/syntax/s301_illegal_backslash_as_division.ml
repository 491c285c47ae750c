let half = 10 \ 2
