let initial name = name.[0] ^ "."
