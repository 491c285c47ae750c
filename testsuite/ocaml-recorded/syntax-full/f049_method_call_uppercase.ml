let x = o#M
