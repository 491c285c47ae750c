let greet name =
  print_string "Hello, ";
  print_string name;
  print_newline ();
  String.length name
let log_and_return x = print_int x; x
