let f = format_of_string "%{%d"
