let user () = "alice"
let greeting = "hello " ^ user
