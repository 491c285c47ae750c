let half x : int = x /. 2.
