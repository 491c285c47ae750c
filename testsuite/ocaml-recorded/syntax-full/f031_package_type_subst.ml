type t = (module S with type t := int)
