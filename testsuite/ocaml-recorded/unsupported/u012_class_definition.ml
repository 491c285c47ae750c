class point x0 = object
  val mutable x = x0
  method get = x
  method move d = x <- x + d
end
let p = new point 3
