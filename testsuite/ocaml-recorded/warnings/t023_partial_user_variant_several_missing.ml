type day = Mon | Tue | Wed | Thu | Fri | Sat | Sun
let weekend = function Sat -> true | Sun -> true
