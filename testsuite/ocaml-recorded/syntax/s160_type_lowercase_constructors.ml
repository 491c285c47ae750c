type color = red | green | blue
