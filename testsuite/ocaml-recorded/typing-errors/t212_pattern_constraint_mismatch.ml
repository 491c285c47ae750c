let f = function (x : string) -> String.length x | 0 -> 0
