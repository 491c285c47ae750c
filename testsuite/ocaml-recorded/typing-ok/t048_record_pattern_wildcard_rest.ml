type person = { first : string; last : string; age : int }
let initials { first; last; _ } = String.make 1 first.[0] ^ String.make 1 last.[0]
let is_adult { age; _ } = age >= 18
