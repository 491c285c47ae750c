let () = for i = 0 to 3 do match i with 0 -> () done
