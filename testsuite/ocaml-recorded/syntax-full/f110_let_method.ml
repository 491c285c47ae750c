let method = "GET"
