exception Parse_error of int
exception Parse_error of string
