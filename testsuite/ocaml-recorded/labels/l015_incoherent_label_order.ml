let g f = (f ~x:1 ~y:2 : int) + f ~y:2 ~x:1
