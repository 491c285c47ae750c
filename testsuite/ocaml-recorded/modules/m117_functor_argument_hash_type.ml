module Table =
  Hashtbl.Make (struct
    type t = string
    let equal = String.equal
    let hash (n : int) = n
  end)
