let composed = (fun f g x -> f (g x)) succ
let applied_twice = (fun f x -> f (f x)) (fun l -> List.rev l)
