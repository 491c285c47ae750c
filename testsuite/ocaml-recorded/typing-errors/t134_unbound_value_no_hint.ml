let total = List.length items
