type t = |
