external answer : int = "caml_answer"
