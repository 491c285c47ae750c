let perms = 0o758
