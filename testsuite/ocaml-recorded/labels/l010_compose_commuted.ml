let compose ~f ~g x = f (g x)
let h = compose ~g:(fun x -> x * 2) ~f:string_of_int
type t = { name : string }
let mk ~name = { name }
let v = mk ~name:"a"
