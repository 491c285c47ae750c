class c = let%ext x = 1 in object end
