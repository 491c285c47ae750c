type t = [< `A of & ]
