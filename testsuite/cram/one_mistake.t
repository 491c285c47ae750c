One mistake, one error. When an item's first error has a verified repair,
the items after it are checked against the types the repair gives its
names, not against the ones the mistake made: safe_div is not reported as
float -> float -> float option at each of its uses. (ocamlc stops at the
first error, which is the same.)

  $ cat > div.ml <<'EOF'
  > let safe_div a b = if b = 0 then None else Some (a /. b)
  > let halve n = safe_div n 2
  > let quarter n = match halve n with Some h -> safe_div h 2 | None -> None
  > EOF
  $ mlhint div.ml
  File "div.ml", line 1, characters 54-55:
  1 | let safe_div a b = if b = 0 then None else Some (a /. b)
                                                            ^
  Error: This expression has type int but an expression was expected of type
           float
  File "div.ml", line 1, characters 51-53:
  1 | let safe_div a b = if b = 0 then None else Some (a /. b)
                                                         ^^
    Hint: Did you mean to use `/'?
  [2]

--fix applies the repair, and the file checks.

  $ mlhint --fix div.ml > /dev/null 2>&1; mlhint -i div.ml
  val safe_div : int -> int -> int option
  val halve : int -> int option
  val quarter : int -> int option

Without a verified repair, the items after keep the types the checker
could give (here `1' or `"many"' may be the mistake), and each use of
label that disagrees with int is reported too.

  $ cat > label.ml <<'EOF'
  > let label b = if b then 1 else "many"
  > let twice b = label b ^ label b
  > EOF
  $ mlhint label.ml 2>&1 | grep -c '^Error'
  3

A repair is verified against the file as it was before the item. Here
typing the item made the earlier reference hold ints; with `+.' it holds
floats, which is clean, because before the item its type was not yet
known ('_weak1 list ref). The first error is ocamlc's.

  $ cat > weak.ml <<'EOF'
  > let r = ref []
  > let f x = r := [x]; x + 1.
  > EOF
  $ mlhint weak.ml
  File "weak.ml", line 2, characters 24-26:
  2 | let f x = r := [x]; x + 1.
                              ^^
  Error: This expression has type float but an expression was expected of type
           int
  File "weak.ml", line 2, characters 22-23:
  2 | let f x = r := [x]; x + 1.
                            ^
    Hint: Did you mean to use `+.'?
  [2]

A module that does not match the module type it is opened through is one
error: the module type's names are bound for what follows, as a module of
that type would give them (ocamlc stops at the first error, the same).

  $ cat > opened.ml <<'EOF'
  > module type S = sig val x : int type t val mk : unit -> t end
  > open (struct let x = "a" type t = int let mk () = 1 end : S)
  > let y = x + 1
  > let z = mk ()
  > EOF
  $ mlhint opened.ml
  File "opened.ml", line 2, characters 6-55:
  2 | open (struct let x = "a" type t = int let mk () = 1 end : S)
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Error: Signature mismatch:
         Modules do not match:
           sig val x : string type t = int val mk : unit -> int end
         is not included in
           S
         Values do not match: val x : string is not included in val x : int
         File "opened.ml", line 1, characters 20-31: Expected declaration
         File "opened.ml", line 2, characters 17-18: Actual declaration
  [2]
