let f = function M.( -> 0
