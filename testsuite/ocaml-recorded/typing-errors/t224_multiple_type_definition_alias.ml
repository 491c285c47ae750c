type id = int
type id = string
