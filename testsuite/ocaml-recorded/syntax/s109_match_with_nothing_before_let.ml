let classify n =
  match n with

let x = classify 3
