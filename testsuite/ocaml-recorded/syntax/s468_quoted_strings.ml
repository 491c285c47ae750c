let a = {|no "escapes" \n here|}
let b = {id|can contain |} safely|id}
let c = {|multi
line|}
let d = {||}
