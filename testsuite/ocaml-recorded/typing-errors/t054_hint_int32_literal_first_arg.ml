let small = Int32.mul 3 4l
