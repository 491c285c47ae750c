let f x = for i = (x : string) to 2 do () done
