let run f = match f () with () -> 0 | true -> 1
