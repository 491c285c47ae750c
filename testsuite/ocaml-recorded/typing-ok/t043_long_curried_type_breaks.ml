let make_report title author year pages isbn publisher city edition translated =
  (title ^ author, year + pages, isbn, publisher ^ city, edition, (translated : bool))
