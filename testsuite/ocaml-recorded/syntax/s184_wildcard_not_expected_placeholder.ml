let todo () = _
