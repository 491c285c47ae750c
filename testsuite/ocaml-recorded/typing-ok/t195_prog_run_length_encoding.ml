let encode l =
  let rec go count acc = function
    | [] -> acc
    | [x] -> (count + 1, x) :: acc
    | a :: (b :: _ as rest) ->
      if a = b then go (count + 1) acc rest
      else go 0 ((count + 1, a) :: acc) rest
  in
  List.rev (go 0 [] l)
