let extras flag = if flag then [1; 2]
