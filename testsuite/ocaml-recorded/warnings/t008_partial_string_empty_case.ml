let first_word = function "" -> "(empty)"
