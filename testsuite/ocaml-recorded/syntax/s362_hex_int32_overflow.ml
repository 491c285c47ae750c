let mask = 0x1_0000_0000l
