let x =1
