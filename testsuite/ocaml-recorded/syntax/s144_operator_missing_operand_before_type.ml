let total = 10 *

type t = int
