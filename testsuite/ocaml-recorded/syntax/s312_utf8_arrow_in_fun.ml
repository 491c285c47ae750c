let inc = fun x → x + 1
