let seconds_per_year = 31_536_000
let ns = seconds_per_year * 10_000_000_000_000_000_000
