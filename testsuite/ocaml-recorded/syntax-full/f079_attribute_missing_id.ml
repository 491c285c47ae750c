let x = 1 [@ ]
