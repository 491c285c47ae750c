type celsius = float
type reading = { station : string; temp : celsius }
let warm r = r.temp > 20.
let make station temp = { station; temp }
