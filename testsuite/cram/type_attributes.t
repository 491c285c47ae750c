A unit's `[@@unboxed]` and `[@@immediate]` types keep their representation
and immediacy in the other files of the project, through its interface.
Every expected output below is what ocamlc 4.13.1 printed for `ocamlc -c`
of the same files in the same order (`-i` for the signatures).

  $ cat > id.mli <<'EOF'
  > type t [@@immediate]
  > type name = Name of string [@@unboxed]
  > val make : int -> t
  > EOF
  $ cat > id.ml <<'EOF'
  > type t = int
  > type name = Name of string [@@unboxed]
  > let make n = n
  > EOF
  $ cat > use.ml <<'EOF'
  > type key = Id.t [@@immediate]
  > type label = Id.name = Name of string
  > EOF

Re-exported without the attribute, the type has another representation.

  $ mlhint --hints=none id.mli id.ml use.ml
  File "use.ml", line 2, characters 0-37:
  2 | type label = Id.name = Name of string
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Error: This variant or record definition does not match that of type Id.name
         Their internal representations differ:
         the original definition uses unboxed representation.
  [2]

  $ cat > use.ml <<'EOF'
  > type key = Id.t [@@immediate]
  > type label = Id.name = Name of string [@@unboxed]
  > EOF
  $ mlhint -i --hints=none id.mli id.ml use.ml
  type t [@@immediate]
  type name = Name of string [@@unboxed]
  val make : int -> t
  type t = int
  type name = Name of string [@@unboxed]
  val make : 'a -> 'a
  type key = Id.t [@@immediate]
  type label = Id.name = Name of string [@@unboxed]
