module M : sig
  val x : int
= struct let x = 1 end
