let pipeline parse check render emit input =
  emit (render (check (parse (input : string) : int list) : (int * string) list) : string list)
