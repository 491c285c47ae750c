type entry = { key : string; value : int; key : int }
