type t = < m : >
