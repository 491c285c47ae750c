let show_price p = print_endline (p *. 1.2)
