type +-'a box = 'a
