let days = [ "mon"; "tue"; "wed";
             "thu"; "fri"

let n = List.length days
