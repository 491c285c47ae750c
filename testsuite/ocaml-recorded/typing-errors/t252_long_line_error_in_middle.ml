let config = [("host", "localhost"); ("port", "8080"); ("user", "admin"); ("timeout", 30); ("retries", "3"); ("mode", "fast")]
