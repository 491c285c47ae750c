let summary name age city country email phone = name ^ " (" ^ string_of_int age ^ ") lives in " ^ city ^ ", " ^ country ^ "; contact: " ^ email ^ " / " ^ phone ^ " / " ^ age
