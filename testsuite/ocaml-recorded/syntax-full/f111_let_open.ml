let open = true
