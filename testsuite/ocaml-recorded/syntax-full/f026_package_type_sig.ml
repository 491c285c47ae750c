let m = (module struct let x = 1 end : sig val x : int end)
