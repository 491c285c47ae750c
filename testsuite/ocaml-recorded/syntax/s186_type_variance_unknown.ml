type +-'a box = Box of 'a
