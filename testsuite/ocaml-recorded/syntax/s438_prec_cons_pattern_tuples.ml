let rec assoc k = function
  | [] -> None
  | (k', v) :: rest -> if k = k' then Some v else assoc k rest
