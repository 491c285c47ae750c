type t = (module S with type t = private int)
