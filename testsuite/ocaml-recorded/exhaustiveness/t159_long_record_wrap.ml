type r = { first_field_name : bool; second_field_name : bool; third_field_name : bool; fourth_field : bool }
let f = function
  | { first_field_name = true; second_field_name = true; third_field_name = true; fourth_field = true } -> 1
