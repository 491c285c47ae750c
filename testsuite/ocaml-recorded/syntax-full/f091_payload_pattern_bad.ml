let x = [%ext? ]
