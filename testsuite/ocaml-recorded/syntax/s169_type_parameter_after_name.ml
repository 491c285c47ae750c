type t 'a = 'a list
