let f () = match () with () -> 1
