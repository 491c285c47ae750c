module M = struct end
module Long_module_name = struct
  type a_fairly_long_type_name = First_constructor | Second_constructor of int * string
  let some_function_with_a_long_name (x : a_fairly_long_type_name) (y : int list) = (x, y)
  module Inner = struct let v = [ 1; 2; 3 ] let w = Some "hello world this is long" end
end
