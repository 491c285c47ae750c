let x = f ~lbl: 
