let repeat s n = String.concat "" (List.init n (fun _ -> s))
let stars n = String.make n '*'
let words s = String.split_on_char ' ' s
let trimmed = String.trim "  hi  "
