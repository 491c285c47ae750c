let shout (s : string) = s + 1
