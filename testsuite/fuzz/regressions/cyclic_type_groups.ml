(* Found by fuzz/check_fuzzer (a mutant of testsuite/expect/typing/
   type_declarations.ml). Each group below is cyclic through a datatype
   argument; re-checking those arguments with the path forgotten expanded
   the group's abbreviations afresh each time, a million expansions (the
   budget) deep: 0.3 s and 200 MB a group (20 groups of the first shape
   took 6.4 s and 1.5 GB). Each is now an error as in OCaml 4.13, at once. *)
type a0 = b0 option and b0 = a0
type a0x = (b0x * b0x) option and b0x = a0x
type a0y = b0y list option and b0y = a0y
type 'x a0z = ('x list) b0z option and 'x b0z = 'x a0z
type a1 = b1 option and b1 = a1
type a1x = (b1x * b1x) option and b1x = a1x
type a1y = b1y list option and b1y = a1y
type 'x a1z = ('x list) b1z option and 'x b1z = 'x a1z
type a2 = b2 option and b2 = a2
type a2x = (b2x * b2x) option and b2x = a2x
type a2y = b2y list option and b2y = a2y
type 'x a2z = ('x list) b2z option and 'x b2z = 'x a2z
type a3 = b3 option and b3 = a3
type a3x = (b3x * b3x) option and b3x = a3x
type a3y = b3y list option and b3y = a3y
type 'x a3z = ('x list) b3z option and 'x b3z = 'x a3z
type a4 = b4 option and b4 = a4
type a4x = (b4x * b4x) option and b4x = a4x
type a4y = b4y list option and b4y = a4y
type 'x a4z = ('x list) b4z option and 'x b4z = 'x a4z
type a5 = b5 option and b5 = a5
type a5x = (b5x * b5x) option and b5x = a5x
type a5y = b5y list option and b5y = a5y
type 'x a5z = ('x list) b5z option and 'x b5z = 'x a5z
type a6 = b6 option and b6 = a6
type a6x = (b6x * b6x) option and b6x = a6x
type a6y = b6y list option and b6y = a6y
type 'x a6z = ('x list) b6z option and 'x b6z = 'x a6z
type a7 = b7 option and b7 = a7
type a7x = (b7x * b7x) option and b7x = a7x
type a7y = b7y list option and b7y = a7y
type 'x a7z = ('x list) b7z option and 'x b7z = 'x a7z
type a8 = b8 option and b8 = a8
type a8x = (b8x * b8x) option and b8x = a8x
type a8y = b8y list option and b8y = a8y
type 'x a8z = ('x list) b8z option and 'x b8z = 'x a8z
type a9 = b9 option and b9 = a9
type a9x = (b9x * b9x) option and b9x = a9x
type a9y = b9y list option and b9y = a9y
type 'x a9z = ('x list) b9z option and 'x b9z = 'x a9z
let still_checked = 1 + "after them"
