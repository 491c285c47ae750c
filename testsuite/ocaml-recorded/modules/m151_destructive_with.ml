(* `with type t := u`: t leaves the signature, u is written where it was;
   in a functor's module type, and on an application's module type. *)
module type VAL = sig
  type t
  val add : t -> t -> t
  val zero : t
end

module type EXPR = sig
  type t
  type expr = Value of t | Add of expr * expr
  val eval : expr -> t
end

module type MAKE_EXPR = functor (V : VAL) -> EXPR with type t := V.t

module Make_expr : MAKE_EXPR = functor (V : VAL) -> struct
  type expr = Value of V.t | Add of expr * expr
  let rec eval = function
    | Value v -> v
    | Add (a, b) -> V.add (eval a) (eval b)
end

module Int_val : VAL with type t = int = struct
  type t = int
  let add = ( + )
  let zero = 0
end

module Int_expr : EXPR with type t := Int_val.t = Make_expr (Int_val)
module type INT_VAL = VAL with type t := int

let total = Int_expr.eval (Int_expr.Add (Int_expr.Value 1, Int_expr.Value 2))
