module type S = sig
  val x
end
