let check x = if x < 0 then raise (Not_found x) else x
