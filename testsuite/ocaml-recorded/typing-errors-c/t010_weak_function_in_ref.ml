let callback = ref (fun x -> x)
