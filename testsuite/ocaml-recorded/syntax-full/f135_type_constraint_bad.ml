type 'a t = 'a constraint 'a int
