let f = function (0, _) -> "first zero" | (_, "") -> "second empty"
