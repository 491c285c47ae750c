let type = "circle"
