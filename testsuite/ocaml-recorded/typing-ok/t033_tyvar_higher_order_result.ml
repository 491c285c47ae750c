let make_adder n = fun x -> x + n
let konst x = fun _ -> x
let on f g = fun a b -> f (g a) (g b)
