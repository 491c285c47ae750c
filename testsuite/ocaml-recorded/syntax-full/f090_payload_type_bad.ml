let x = [%ext: int -> ]
