let f l =
  List.rev l;
  List.length l + "items"
