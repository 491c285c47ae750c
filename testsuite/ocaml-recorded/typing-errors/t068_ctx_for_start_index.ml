let f () = for i = 0.5 to 10 do print_int i done
