let digit_value = function '0' .. '9' as c -> Char.code c - 48
