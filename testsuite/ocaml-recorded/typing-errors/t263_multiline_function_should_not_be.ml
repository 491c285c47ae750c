let threshold : int =
  fun level ->
    if level > 10
    then 100
    else 0
