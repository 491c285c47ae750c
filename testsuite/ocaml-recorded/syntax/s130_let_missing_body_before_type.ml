let total =

type t = int
