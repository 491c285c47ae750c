let check_name (name : string) = assert name; String.length name
