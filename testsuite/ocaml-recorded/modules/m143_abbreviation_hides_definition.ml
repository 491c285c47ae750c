(* Through the signature, M.b abbreviates the abstract M.a: not int. *)
module M : sig type a type b = a val zero : b end = struct
  type a = int
  type b = int
  let zero = 0
end
let n : int = M.zero
