let pattern = "\d+\.\d+"
