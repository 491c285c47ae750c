let area (w : float) (h : float) = w *. h
let name_len (s : string) : int = String.length s
let first_elt (l : 'a list) : 'a option = match l with [] -> None | x :: _ -> Some x
