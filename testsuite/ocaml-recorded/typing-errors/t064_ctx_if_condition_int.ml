let parity n = if n mod 2 then "odd" else "even"
