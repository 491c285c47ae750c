exception Parse_error of
