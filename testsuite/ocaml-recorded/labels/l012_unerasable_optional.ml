let f = fun ?x -> fun ~(y:int) -> x
