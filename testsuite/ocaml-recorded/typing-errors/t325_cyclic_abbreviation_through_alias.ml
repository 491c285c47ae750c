type t = u and u = t list
