type t = ?lbl: -> int
