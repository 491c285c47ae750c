type !!'a t
