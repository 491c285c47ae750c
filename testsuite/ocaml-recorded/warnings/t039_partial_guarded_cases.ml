let classify n = match n with
  | x when x > 0 -> "positive"
  | x when x < 0 -> "negative"
