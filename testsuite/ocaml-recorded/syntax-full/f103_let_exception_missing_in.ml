let x = let exception E raise E
