(* The predefined environment of OCaml 4.13.1 (typing/predef.ml): the types
   and exceptions that exist before Stdlib.  mlhint reads this file first,
   then stdlib.mli.  See README.md.

   Order: the order in which predef.ml adds the items to the environment.
   Its common_initial_env is one nested expression evaluated from the inside
   out, so floatarray comes first and Match_failure last; build_initial_env
   then adds bytes (abstract, as with -safe-string, the 4.13 default).

   Declarations that OCaml syntax expresses only approximately:
   - exn is the open (extensible) variant type: every exception declaration
     adds a constructor to it;
   - int, char, float, string, bytes, int32, int64, nativeint,
     extension_constructor and floatarray are abstract builtin types;
     'a array and 'a lazy_t too ('a array is invariant, 'a lazy_t, 'a option
     and 'a list are covariant);
   - Match_failure, Assert_failure and Undefined_recursive_module take ONE
     argument, a tuple (string * int * int), hence the parentheses;
   - every predefined exception carries the attribute warn_on_literal_pattern
     (warning 52 on a literal pattern inside its argument). *)

type floatarray
type extension_constructor
type int
type char
type string
type float
type bool = false | true
type unit = ()
type exn = ..
type 'a array
type 'a list = [] | (::) of 'a * 'a list
type 'a option = None | Some of 'a
type 'a lazy_t
type nativeint
type int32
type int64
exception Undefined_recursive_module of (string * int * int)
exception Assert_failure of (string * int * int)
exception Division_by_zero
exception End_of_file
exception Sys_error of string
exception Sys_blocked_io
exception Not_found
exception Failure of string
exception Invalid_argument of string
exception Stack_overflow
exception Out_of_memory
exception Match_failure of (string * int * int)
type bytes

(* Not predefined, but needed before Stdlib: the types of OCaml's
   compilation unit CamlinternalFormatBasics that a format string is typed
   with (Stdlib.format6 abbreviates its format6). Abstract here: the typer
   reproduces what typing their GADT constructors would do
   (Typer::TypeFormatString). Both units are marked partial: OCaml's have
   more, and a program that names the rest is told it is not supported. *)
(* The compilation unit CamlinternalLazy's type, which Lazy.t abbreviates
   (as OCaml's lazy.mli writes it, and `include Lazy` prints it). *)
(* partial *)
module CamlinternalLazy : sig
  type 'a t = 'a lazy_t
end

(* partial *)
module CamlinternalFormatBasics : sig
  type ('a, 'b, 'c, 'd, 'e, 'f) format6
  type ('a, 'b, 'c, 'd, 'e, 'f) fmt
  type ('a, 'b) padding
  type ('a, 'b) precision
end

(* The library's other units of the same kind, outside the subset: empty,
   so that a program that names them is told so (not "Unbound module"). *)
module CamlinternalAtomic : sig end
module CamlinternalFormat : sig end
module CamlinternalMod : sig end
module CamlinternalOO : sig end
