type t = int
type nonrec t = t list
