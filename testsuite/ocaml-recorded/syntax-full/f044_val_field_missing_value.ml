let o = object val x end
