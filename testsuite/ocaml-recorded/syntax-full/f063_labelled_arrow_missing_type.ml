type t = lbl: -> int
