type t = private int
