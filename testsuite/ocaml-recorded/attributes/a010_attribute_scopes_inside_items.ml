(* Warning attributes on type expressions, patterns, constructors, fields
   and the declarations of a group; [@ppwarning]; [@warn_on_literal_pattern]. *)
module X : sig
  type t [@@deprecated]
  type s [@@deprecated]
  val x : int [@@deprecated]
end = struct
  type t = int
  type s = int
  let x = 1
end

type a = (X.t * X.s) [@warning "-3"]
type b = (X.t [@warning "-3"]) * X.s
type c = A of X.t | B of X.s [@warning "-3"] | C of (X.t [@warning "-3"])
type d = { d1 : X.t; d2 : X.s [@warning "-3"]; d3 : (X.t [@warning "-3"]) }
type e1 = X.t [@@warning "-3"]
and e2 = X.s
let f = function (_ : X.t) [@warning "-3"] -> ()
let g = function (_ : X.t) -> ()
exception E of X.t [@warning "-3"]
exception F of X.s
;;
X.x [@@warning "-3"]
;;
X.x

[@@@ppwarning "Pp warning!"]
let p = () [@ppwarning "on the expression"]
  [@@ppwarning "on the binding"]
type q = unit [@ppwarning "on the type"]
let r = ((() [@ppwarning "hidden"]) [@warning "-22"]) [@ppwarning "shown"]
let ([] [@ppwarning "on the pattern"]) = []

type lit = Lit of string [@warn_on_literal_pattern] | Plain of string
let s = function Lit "x" -> 1 | Plain "y" -> 2 | _ -> 3
let u = function Lit _ -> 1 | Plain _ -> 2
