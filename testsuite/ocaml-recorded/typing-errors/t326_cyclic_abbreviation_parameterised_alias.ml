type 'a t = 'a u and 'a u = 'a t option
