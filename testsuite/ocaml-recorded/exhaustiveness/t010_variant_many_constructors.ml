type day = Mon | Tue | Wed | Thu | Fri | Sat | Sun
let weekend = function Sat | Sun -> true | Mon -> false
