let range from to = to - from
