let f l =
  List.map succ l;
  match l with [] -> 0
