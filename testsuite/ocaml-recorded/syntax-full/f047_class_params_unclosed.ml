class ['a c = object end
