let count : int = [
  "one";
  "two";
  "three"
]
