let describe n = match string_of_int n with "0" -> "zero" | "1" -> "one"
