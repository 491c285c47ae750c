type t = (module S with type 'a t = 'a list)
