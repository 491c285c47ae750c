let f x = while (x : int) do () done
