exception E = 
