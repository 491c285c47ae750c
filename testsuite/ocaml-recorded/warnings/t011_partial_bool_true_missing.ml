let check = function false -> "no"
