let log verbose msg =
  if verbose then print_string msg;
  String.length msg
