let record_of_row row =
  (row, String.length row, float_of_int (String.length row), [row], Some row, [|row|], 'x', true)
