let area w h = w × h
