type 'a box = { content : 'a; label : string }
let int_box = { content = 1; label = "n" }
let get_string (b : string box) = b.content
let s = get_string int_box
