let compute_statistics_for_all_the_measurements_in_the_table rows =
  List.map (fun (name, values) -> (name, List.length values, List.fold_left ( +. ) 0. values)) rows
