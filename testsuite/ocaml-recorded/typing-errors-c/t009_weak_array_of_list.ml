let table = Array.of_list []
