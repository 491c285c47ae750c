let s = {SQL|select|SQL}
