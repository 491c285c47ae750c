let x : strng = "hello"
