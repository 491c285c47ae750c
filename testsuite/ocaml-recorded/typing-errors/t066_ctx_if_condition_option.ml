let show o = if Some o then "some" else "none"
