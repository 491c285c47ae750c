let o = object initializer end
