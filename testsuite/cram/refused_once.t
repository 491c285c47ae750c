A construct outside the subset is said once in a file, at its first place:
the other items that use it are abandoned without a word, and the other
errors of the file are still said.

  $ cat > shapes.ml <<'EOF'
  > let describe = object method name = "circle" end
  > let area = object method size = 3.14 end
  > let total = List.length [1; 2] + "two"
  > let () = print_string describe#name
  > EOF
  $ mlhint shapes.ml
  File "shapes.ml", line 1, characters 15-48:
  1 | let describe = object method name = "circle" end
                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Error: Objects are not supported by mlhint
  File "shapes.ml", line 3, characters 33-38:
  3 | let total = List.length [1; 2] + "two"
                                       ^^^^^
  Error: This expression has type string but an expression was expected of type
           int
  [2]

The constructors of a refused type extension stay bound as refused names:
their uses are not "Unbound constructor" errors (nor is a rebind's).

  $ cat > colors.ml <<'EOF'
  > type color = ..
  > type color += Black
  > type color += White | Red | Crimson = Red
  > let name = function Black -> "black" | White -> "white" | _ -> "other"
  > let dark = [Black; Crimson]
  > let wrong = 1 + "one"
  > EOF
  $ mlhint colors.ml
  File "colors.ml", line 1, characters 0-15:
  1 | type color = ..
      ^^^^^^^^^^^^^^^
  Error: Extensible variant types are not supported by mlhint
  File "colors.ml", line 2, characters 0-19:
  2 | type color += Black
      ^^^^^^^^^^^^^^^^^^^
  Error: Type extensions are not supported by mlhint
  File "colors.ml", line 6, characters 16-21:
  6 | let wrong = 1 + "one"
                      ^^^^^
  Error: This expression has type string but an expression was expected of type
           int
  [2]

A signature with a refused item inside is refused whole: the module
constrained to it (or the module type) stays bound as a refused name, and
its uses are not "Unbound module" errors.

  $ cat > buffers.ml <<'EOF'
  > module M1 =
  >   (struct
  >      type buffer = int ref
  >      module Producer (X : sig end) = struct let create () = ref 0 end
  >      let create () = ref 1
  >    end : sig
  >      type buffer
  >      module Producer : functor (X : sig end) -> sig val create : unit -> buffer end
  >      val create : unit -> buffer
  >    end)
  > module type S = sig type t module F : functor (X : sig end) -> sig val x : t end end
  > module M2 : S = struct type t = int module F (X : sig end) = struct let x = 1 end end
  > let buf = M1.create ()
  > let x : M2.t option = None
  > let wrong = 1 + "one"
  > EOF
  $ mlhint buffers.ml
  File "buffers.ml", line 8, characters 5-83:
  8 |      module Producer : functor (X : sig end) -> sig val create : unit -> buffer end
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Error: Functor declarations in signatures are not supported by mlhint
  File "buffers.ml", line 15, characters 16-21:
  15 | let wrong = 1 + "one"
                       ^^^^^
  Error: This expression has type string but an expression was expected of type
           int
  [2]
