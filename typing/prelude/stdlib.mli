(* The module Stdlib of OCaml 4.13.1, as the toplevel shows it (#show Stdlib;;
   and #show_module M;; for each submodule).  mlhint binds this file as the
   module Stdlib and opens it, after predef.mli.  See README.md.

   Conventions:
   - externals are written as plain vals, with OCaml's [@unboxed]/[@untagged]
     annotations removed from their types (ldexp, classify_float); a comment
     (* external: "p1" "p2" [@@noalloc] *) above each says what OCaml prints
     after its type (its primitives and attributes), and [@reprs ...] the
     representations of its arguments and result where some differ;
   - the exceptions below re-export the predefined ones of predef.mli (OCaml's
     stdlib.ml says exception Failure = Failure): they are the same
     constructors, except Exit which is new;
   - (* warn_on_literal_pattern *): OCaml gives warning 52 when a pattern
     matches a literal inside this constructor's argument;
   - (* deprecated: MSG *) above a declaration: OCaml gives
     "Alert deprecated: Stdlib.M.name" followed by MSG on its next line;
     above a module (Pervasives), "Alert deprecated: module Stdlib.M" at
     each path through it, and MSG, where \n stands for a line break;
   - inside a submodule, Stdlib.x names an item declared earlier in this file;
   - type variable names ('e, 'a1, ...) are OCaml's; they never show in
     printed types, which are renamed 'a, 'b, ... in order of appearance. *)

(* external: "%raise" *)
val raise : exn -> 'a
(* external: "%raise_notrace" *)
val raise_notrace : exn -> 'a
val invalid_arg : string -> 'a
val failwith : string -> 'a
exception Exit
exception Match_failure of (string * int * int)  (* warn_on_literal_pattern *)
exception Assert_failure of (string * int * int)  (* warn_on_literal_pattern *)
exception Invalid_argument of string  (* warn_on_literal_pattern *)
exception Failure of string  (* warn_on_literal_pattern *)
exception Not_found
exception Out_of_memory
exception Stack_overflow
exception Sys_error of string  (* warn_on_literal_pattern *)
exception End_of_file
exception Division_by_zero
exception Sys_blocked_io
exception Undefined_recursive_module of (string * int * int)  (* warn_on_literal_pattern *)
(* external: "%equal" *)
val ( = ) : 'a -> 'a -> bool
(* external: "%notequal" *)
val ( <> ) : 'a -> 'a -> bool
(* external: "%lessthan" *)
val ( < ) : 'a -> 'a -> bool
(* external: "%greaterthan" *)
val ( > ) : 'a -> 'a -> bool
(* external: "%lessequal" *)
val ( <= ) : 'a -> 'a -> bool
(* external: "%greaterequal" *)
val ( >= ) : 'a -> 'a -> bool
(* external: "%compare" *)
val compare : 'a -> 'a -> int
val min : 'a -> 'a -> 'a
val max : 'a -> 'a -> 'a
(* external: "%eq" *)
val ( == ) : 'a -> 'a -> bool
(* external: "%noteq" *)
val ( != ) : 'a -> 'a -> bool
(* external: "%boolnot" *)
val not : bool -> bool
(* external: "%sequand" *)
val ( && ) : bool -> bool -> bool
(* deprecated: Use (&&) instead. *)
(* external: "%sequand" *)
val ( & ) : bool -> bool -> bool
(* external: "%sequor" *)
val ( || ) : bool -> bool -> bool
(* deprecated: Use (||) instead. *)
(* external: "%sequor" *)
val ( or ) : bool -> bool -> bool
(* external: "%loc_LOC" *)
val __LOC__ : string
(* external: "%loc_FILE" *)
val __FILE__ : string
(* external: "%loc_LINE" *)
val __LINE__ : int
(* external: "%loc_MODULE" *)
val __MODULE__ : string
(* external: "%loc_POS" *)
val __POS__ : string * int * int * int
(* external: "%loc_FUNCTION" *)
val __FUNCTION__ : string
(* external: "%loc_LOC" *)
val __LOC_OF__ : 'a -> string * 'a
(* external: "%loc_LINE" *)
val __LINE_OF__ : 'a -> int * 'a
(* external: "%loc_POS" *)
val __POS_OF__ : 'a -> (string * int * int * int) * 'a
(* external: "%revapply" *)
val ( |> ) : 'a -> ('a -> 'b) -> 'b
(* external: "%apply" *)
val ( @@ ) : ('a -> 'b) -> 'a -> 'b
(* external: "%negint" *)
val ( ~- ) : int -> int
(* external: "%identity" *)
val ( ~+ ) : int -> int
(* external: "%succint" *)
val succ : int -> int
(* external: "%predint" *)
val pred : int -> int
(* external: "%addint" *)
val ( + ) : int -> int -> int
(* external: "%subint" *)
val ( - ) : int -> int -> int
(* external: "%mulint" *)
val ( * ) : int -> int -> int
(* external: "%divint" *)
val ( / ) : int -> int -> int
(* external: "%modint" *)
val ( mod ) : int -> int -> int
val abs : int -> int
val max_int : int
val min_int : int
(* external: "%andint" *)
val ( land ) : int -> int -> int
(* external: "%orint" *)
val ( lor ) : int -> int -> int
(* external: "%xorint" *)
val ( lxor ) : int -> int -> int
val lnot : int -> int
(* external: "%lslint" *)
val ( lsl ) : int -> int -> int
(* external: "%lsrint" *)
val ( lsr ) : int -> int -> int
(* external: "%asrint" *)
val ( asr ) : int -> int -> int
(* external: "%negfloat" *)
val ( ~-. ) : float -> float
(* external: "%identity" *)
val ( ~+. ) : float -> float
(* external: "%addfloat" *)
val ( +. ) : float -> float -> float
(* external: "%subfloat" *)
val ( -. ) : float -> float -> float
(* external: "%mulfloat" *)
val ( *. ) : float -> float -> float
(* external: "%divfloat" *)
val ( /. ) : float -> float -> float
(* external: "caml_power_float" "pow" [@@unboxed] [@@noalloc] *)
val ( ** ) : float -> float -> float
(* external: "caml_sqrt_float" "sqrt" [@@unboxed] [@@noalloc] *)
val sqrt : float -> float
(* external: "caml_exp_float" "exp" [@@unboxed] [@@noalloc] *)
val exp : float -> float
(* external: "caml_log_float" "log" [@@unboxed] [@@noalloc] *)
val log : float -> float
(* external: "caml_log10_float" "log10" [@@unboxed] [@@noalloc] *)
val log10 : float -> float
(* external: "caml_expm1_float" "caml_expm1" [@@unboxed] [@@noalloc] *)
val expm1 : float -> float
(* external: "caml_log1p_float" "caml_log1p" [@@unboxed] [@@noalloc] *)
val log1p : float -> float
(* external: "caml_cos_float" "cos" [@@unboxed] [@@noalloc] *)
val cos : float -> float
(* external: "caml_sin_float" "sin" [@@unboxed] [@@noalloc] *)
val sin : float -> float
(* external: "caml_tan_float" "tan" [@@unboxed] [@@noalloc] *)
val tan : float -> float
(* external: "caml_acos_float" "acos" [@@unboxed] [@@noalloc] *)
val acos : float -> float
(* external: "caml_asin_float" "asin" [@@unboxed] [@@noalloc] *)
val asin : float -> float
(* external: "caml_atan_float" "atan" [@@unboxed] [@@noalloc] *)
val atan : float -> float
(* external: "caml_atan2_float" "atan2" [@@unboxed] [@@noalloc] *)
val atan2 : float -> float -> float
(* external: "caml_hypot_float" "caml_hypot" [@@unboxed] [@@noalloc] *)
val hypot : float -> float -> float
(* external: "caml_cosh_float" "cosh" [@@unboxed] [@@noalloc] *)
val cosh : float -> float
(* external: "caml_sinh_float" "sinh" [@@unboxed] [@@noalloc] *)
val sinh : float -> float
(* external: "caml_tanh_float" "tanh" [@@unboxed] [@@noalloc] *)
val tanh : float -> float
(* external: "caml_acosh_float" "caml_acosh" [@@unboxed] [@@noalloc] *)
val acosh : float -> float
(* external: "caml_asinh_float" "caml_asinh" [@@unboxed] [@@noalloc] *)
val asinh : float -> float
(* external: "caml_atanh_float" "caml_atanh" [@@unboxed] [@@noalloc] *)
val atanh : float -> float
(* external: "caml_ceil_float" "ceil" [@@unboxed] [@@noalloc] *)
val ceil : float -> float
(* external: "caml_floor_float" "floor" [@@unboxed] [@@noalloc] *)
val floor : float -> float
(* external: "%absfloat" *)
val abs_float : float -> float
(* external: "caml_copysign_float" "caml_copysign" [@@unboxed] [@@noalloc] *)
val copysign : float -> float -> float
(* external: "caml_fmod_float" "fmod" [@@unboxed] [@@noalloc] *)
val mod_float : float -> float -> float
(* external: "caml_frexp_float" *)
val frexp : float -> float * int
(* external: "caml_ldexp_float" "caml_ldexp_float_unboxed" [@@noalloc] [@reprs unboxed untagged unboxed] *)
val ldexp : float -> int -> float
(* external: "caml_modf_float" *)
val modf : float -> float * float
(* external: "%floatofint" *)
val float : int -> float
(* external: "%floatofint" *)
val float_of_int : int -> float
(* external: "%intoffloat" *)
val truncate : float -> int
(* external: "%intoffloat" *)
val int_of_float : float -> int
val infinity : float
val neg_infinity : float
val nan : float
val max_float : float
val min_float : float
val epsilon_float : float
type fpclass = FP_normal | FP_subnormal | FP_zero | FP_infinite | FP_nan
(* external: "caml_classify_float" "caml_classify_float_unboxed" [@@noalloc] [@reprs unboxed same] *)
val classify_float : float -> fpclass
val ( ^ ) : string -> string -> string
(* external: "%identity" *)
val int_of_char : char -> int
val char_of_int : int -> char
(* external: "%ignore" *)
val ignore : 'a -> unit
val string_of_bool : bool -> string
val bool_of_string_opt : string -> bool option
val bool_of_string : string -> bool
val string_of_int : int -> string
val int_of_string_opt : string -> int option
(* external: "caml_int_of_string" *)
val int_of_string : string -> int
val string_of_float : float -> string
val float_of_string_opt : string -> float option
(* external: "caml_float_of_string" *)
val float_of_string : string -> float
(* external: "%field0" *)
val fst : 'a * 'b -> 'a
(* external: "%field1" *)
val snd : 'a * 'b -> 'b
val ( @ ) : 'a list -> 'a list -> 'a list
type in_channel
type out_channel
val stdin : in_channel
val stdout : out_channel
val stderr : out_channel
val print_char : char -> unit
val print_string : string -> unit
val print_bytes : bytes -> unit
val print_int : int -> unit
val print_float : float -> unit
val print_endline : string -> unit
val print_newline : unit -> unit
val prerr_char : char -> unit
val prerr_string : string -> unit
val prerr_bytes : bytes -> unit
val prerr_int : int -> unit
val prerr_float : float -> unit
val prerr_endline : string -> unit
val prerr_newline : unit -> unit
val read_line : unit -> string
val read_int_opt : unit -> int option
val read_int : unit -> int
val read_float_opt : unit -> float option
val read_float : unit -> float
type open_flag =
    Open_rdonly
  | Open_wronly
  | Open_append
  | Open_creat
  | Open_trunc
  | Open_excl
  | Open_binary
  | Open_text
  | Open_nonblock
val open_out : string -> out_channel
val open_out_bin : string -> out_channel
val open_out_gen : open_flag list -> int -> string -> out_channel
val flush : out_channel -> unit
val flush_all : unit -> unit
val output_char : out_channel -> char -> unit
val output_string : out_channel -> string -> unit
val output_bytes : out_channel -> bytes -> unit
val output : out_channel -> bytes -> int -> int -> unit
val output_substring : out_channel -> string -> int -> int -> unit
val output_byte : out_channel -> int -> unit
val output_binary_int : out_channel -> int -> unit
val output_value : out_channel -> 'a -> unit
val seek_out : out_channel -> int -> unit
val pos_out : out_channel -> int
val out_channel_length : out_channel -> int
val close_out : out_channel -> unit
val close_out_noerr : out_channel -> unit
val set_binary_mode_out : out_channel -> bool -> unit
val open_in : string -> in_channel
val open_in_bin : string -> in_channel
val open_in_gen : open_flag list -> int -> string -> in_channel
val input_char : in_channel -> char
val input_line : in_channel -> string
val input : in_channel -> bytes -> int -> int -> int
val really_input : in_channel -> bytes -> int -> int -> unit
val really_input_string : in_channel -> int -> string
val input_byte : in_channel -> int
val input_binary_int : in_channel -> int
val input_value : in_channel -> 'a
val seek_in : in_channel -> int -> unit
val pos_in : in_channel -> int
val in_channel_length : in_channel -> int
val close_in : in_channel -> unit
val close_in_noerr : in_channel -> unit
val set_binary_mode_in : in_channel -> bool -> unit
module LargeFile : sig
  val seek_out : out_channel -> int64 -> unit
  val pos_out : out_channel -> int64
  val out_channel_length : out_channel -> int64
  val seek_in : in_channel -> int64 -> unit
  val pos_in : in_channel -> int64
  val in_channel_length : in_channel -> int64
end
type 'a ref = { mutable contents : 'a }
(* external: "%makemutable" *)
val ref : 'a -> 'a ref
(* external: "%field0" *)
val ( ! ) : 'a ref -> 'a
(* external: "%setfield0" *)
val ( := ) : 'a ref -> 'a -> unit
(* external: "%incr" *)
val incr : int ref -> unit
(* external: "%decr" *)
val decr : int ref -> unit
type ('a, 'b) result = Ok of 'a | Error of 'b
type ('a, 'b, 'c, 'd, 'e, 'f) format6 = ('a, 'b, 'c, 'd, 'e, 'f) CamlinternalFormatBasics.format6
type ('a, 'b, 'c, 'd) format4 = ('a, 'b, 'c, 'c, 'c, 'd) format6
type ('a, 'b, 'c) format = ('a, 'b, 'c, 'c) format4
val string_of_format : ('a, 'b, 'c, 'd, 'e, 'f) format6 -> string
(* external: "%identity" *)
val format_of_string : ('a, 'b, 'c, 'd, 'e, 'f) format6 -> ('a, 'b, 'c, 'd, 'e, 'f) format6
val ( ^^ ) :
  ('a, 'b, 'c, 'd, 'e, 'f) format6 -> ('f, 'b, 'c, 'e, 'g, 'h) format6 ->
  ('a, 'b, 'c, 'd, 'g, 'h) format6
val exit : int -> 'a
val at_exit : (unit -> unit) -> unit
val valid_float_lexem : string -> string
val unsafe_really_input : in_channel -> bytes -> int -> int -> unit
val do_at_exit : unit -> unit

(* The library modules, in the order of Stdlib's signature (alphabetical),
   except that Seq comes first: Array, Float, List, Option, Result and
   String refer to Seq.t.  OCaml's own place for Seq is between Scanf
   and Set.  Stream comes next, ahead of Genlex, which refers to
   Stream.t; its own place is between StdLabels and String. *)

module Seq : sig
  type 'a t = unit -> 'a node
  and 'a node = Nil | Cons of 'a * 'a t
  val empty : 'a t
  val return : 'a -> 'a t
  val cons : 'a -> 'a t -> 'a t
  val append : 'a t -> 'a t -> 'a t
  val map : ('a -> 'b) -> 'a t -> 'b t
  val filter : ('a -> bool) -> 'a t -> 'a t
  val filter_map : ('a -> 'b option) -> 'a t -> 'b t
  val concat : 'a t t -> 'a t
  val flat_map : ('a -> 'b t) -> 'a t -> 'b t
  val concat_map : ('a -> 'b t) -> 'a t -> 'b t
  val fold_left : ('a -> 'b -> 'a) -> 'a -> 'b t -> 'a
  val iter : ('a -> unit) -> 'a t -> unit
  val unfold : ('b -> ('a * 'b) option) -> 'b -> 'a t
end
module Uchar : sig
  type t
  val min : t
  val max : t
  val bom : t
  val rep : t
  val succ : t -> t
  val pred : t -> t
  val is_valid : int -> bool
  val of_int : int -> t
  val unsafe_of_int : int -> t
  val to_int : t -> int
  val is_char : t -> bool
  val of_char : char -> t
  val to_char : t -> char
  val unsafe_to_char : t -> char
  val equal : t -> t -> bool
  val compare : t -> t -> int
  val hash : t -> int
end

module Stream : sig
  (* variance: ! *)
  type 'a t
  exception Failure
  exception Error of string
  val from : (int -> 'a option) -> 'a t
  val of_list : 'a list -> 'a t
  val of_string : string -> char t
  val of_bytes : bytes -> char t
  val of_channel : in_channel -> char t
  val iter : ('a -> unit) -> 'a t -> unit
  val next : 'a t -> 'a
  val empty : 'a t -> unit
  val peek : 'a t -> 'a option
  val junk : 'a t -> unit
  val count : 'a t -> int
  val npeek : int -> 'a t -> 'a list
  val iapp : 'a t -> 'a t -> 'a t
  val icons : 'a -> 'a t -> 'a t
  val ising : 'a -> 'a t
  val lapp : (unit -> 'a t) -> 'a t -> 'a t
  val lcons : (unit -> 'a) -> 'a t -> 'a t
  val lsing : (unit -> 'a) -> 'a t
  val sempty : 'a t
  val slazy : (unit -> 'a t) -> 'a t
  val dump : ('a -> unit) -> 'a t -> unit
end

module Arg : sig
  type spec = Unit of (unit -> unit) | Bool of (bool -> unit) | Set of bool ref | Clear of bool ref | String of (string -> unit) | Set_string of string ref | Int of (int -> unit) | Set_int of int ref | Float of (float -> unit) | Set_float of float ref | Tuple of spec list | Symbol of string list * (string -> unit) | Rest of (string -> unit) | Rest_all of (string list -> unit) | Expand of (string -> string array)
  type key = string
  type doc = string
  type usage_msg = string
  type anon_fun = string -> unit
  val parse : (key * spec * doc) list -> anon_fun -> usage_msg -> unit
  val parse_dynamic : (key * spec * doc) list ref -> anon_fun -> usage_msg -> unit
  val parse_argv : ?current:int ref -> string array -> (key * spec * doc) list -> anon_fun -> usage_msg -> unit
  val parse_argv_dynamic : ?current:int ref -> string array -> (key * spec * doc) list ref -> anon_fun -> string -> unit
  val parse_and_expand_argv_dynamic : int ref -> string array ref -> (key * spec * doc) list ref -> anon_fun -> string -> unit
  val parse_expand : (key * spec * doc) list -> anon_fun -> usage_msg -> unit
  exception Help of string
  exception Bad of string
  val usage : (key * spec * doc) list -> usage_msg -> unit
  val usage_string : (key * spec * doc) list -> usage_msg -> string
  val align : ?limit:int -> (key * spec * doc) list -> (key * spec * doc) list
  val current : int ref
  val read_arg : string -> string array
  val read_arg0 : string -> string array
  val write_arg : string -> string array -> unit
  val write_arg0 : string -> string array -> unit
end

module Array : sig
  type 'a t = 'a array
  (* external: "%array_length" *)
  val length : 'a array -> int
  (* external: "%array_safe_get" *)
  val get : 'a array -> int -> 'a
  (* external: "%array_safe_set" *)
  val set : 'a array -> int -> 'a -> unit
  (* external: "caml_make_vect" *)
  val make : int -> 'a -> 'a array
  (* deprecated: Use Array.make/ArrayLabels.make instead. *)
  (* external: "caml_make_vect" *)
  val create : int -> 'a -> 'a array
  (* external: "caml_make_float_vect" *)
  val create_float : int -> float array
  (* deprecated: Use Array.create_float/ArrayLabels.create_float instead. *)
  val make_float : int -> float array
  val init : int -> (int -> 'a) -> 'a array
  val make_matrix : int -> int -> 'a -> 'a array array
  (* deprecated: Use Array.make_matrix/ArrayLabels.make_matrix instead. *)
  val create_matrix : int -> int -> 'a -> 'a array array
  val append : 'a array -> 'a array -> 'a array
  val concat : 'a array list -> 'a array
  val sub : 'a array -> int -> int -> 'a array
  val copy : 'a array -> 'a array
  val fill : 'a array -> int -> int -> 'a -> unit
  val blit : 'a array -> int -> 'a array -> int -> int -> unit
  val to_list : 'a array -> 'a list
  val of_list : 'a list -> 'a array
  val iter : ('a -> unit) -> 'a array -> unit
  val iteri : (int -> 'a -> unit) -> 'a array -> unit
  val map : ('a -> 'b) -> 'a array -> 'b array
  val mapi : (int -> 'a -> 'b) -> 'a array -> 'b array
  val fold_left : ('a -> 'b -> 'a) -> 'a -> 'b array -> 'a
  val fold_left_map : ('a -> 'b -> 'a * 'c) -> 'a -> 'b array -> 'a * 'c array
  val fold_right : ('b -> 'a -> 'a) -> 'b array -> 'a -> 'a
  val iter2 : ('a -> 'b -> unit) -> 'a array -> 'b array -> unit
  val map2 : ('a -> 'b -> 'c) -> 'a array -> 'b array -> 'c array
  val for_all : ('a -> bool) -> 'a array -> bool
  val exists : ('a -> bool) -> 'a array -> bool
  val for_all2 : ('a -> 'b -> bool) -> 'a array -> 'b array -> bool
  val exists2 : ('a -> 'b -> bool) -> 'a array -> 'b array -> bool
  val mem : 'a -> 'a array -> bool
  val memq : 'a -> 'a array -> bool
  val find_opt : ('a -> bool) -> 'a array -> 'a option
  val find_map : ('a -> 'b option) -> 'a array -> 'b option
  val split : ('a * 'b) array -> 'a array * 'b array
  val combine : 'a array -> 'b array -> ('a * 'b) array
  val sort : ('a -> 'a -> int) -> 'a array -> unit
  val stable_sort : ('a -> 'a -> int) -> 'a array -> unit
  val fast_sort : ('a -> 'a -> int) -> 'a array -> unit
  val to_seq : 'a array -> 'a Seq.t
  val to_seqi : 'a array -> (int * 'a) Seq.t
  val of_seq : 'a Seq.t -> 'a array
  (* external: "%array_unsafe_get" *)
  val unsafe_get : 'a array -> int -> 'a
  (* external: "%array_unsafe_set" *)
  val unsafe_set : 'a array -> int -> 'a -> unit
  module Floatarray : sig
    (* external: "caml_floatarray_create" *)
    val create : int -> floatarray
    (* external: "%floatarray_length" *)
    val length : floatarray -> int
    (* external: "%floatarray_safe_get" *)
    val get : floatarray -> int -> float
    (* external: "%floatarray_safe_set" *)
    val set : floatarray -> int -> float -> unit
    (* external: "%floatarray_unsafe_get" *)
    val unsafe_get : floatarray -> int -> float
    (* external: "%floatarray_unsafe_set" *)
    val unsafe_set : floatarray -> int -> float -> unit
  end
end

module ArrayLabels : sig
  type 'a t = 'a array
  (* external: "%array_length" *)
  val length : 'a array -> int
  (* external: "%array_safe_get" *)
  val get : 'a array -> int -> 'a
  (* external: "%array_safe_set" *)
  val set : 'a array -> int -> 'a -> unit
  (* external: "caml_make_vect" *)
  val make : int -> 'a -> 'a array
  (* deprecated: Use Array.make/ArrayLabels.make instead. *)
  (* external: "caml_make_vect" *)
  val create : int -> 'a -> 'a array
  (* external: "caml_make_float_vect" *)
  val create_float : int -> float array
  (* deprecated: Use Array.create_float/ArrayLabels.create_float instead. *)
  val make_float : int -> float array
  val init : int -> f:(int -> 'a) -> 'a array
  val make_matrix : dimx:int -> dimy:int -> 'a -> 'a array array
  (* deprecated: Use Array.make_matrix/ArrayLabels.make_matrix instead. *)
  val create_matrix : dimx:int -> dimy:int -> 'a -> 'a array array
  val append : 'a array -> 'a array -> 'a array
  val concat : 'a array list -> 'a array
  val sub : 'a array -> pos:int -> len:int -> 'a array
  val copy : 'a array -> 'a array
  val fill : 'a array -> pos:int -> len:int -> 'a -> unit
  val blit : src:'a array -> src_pos:int -> dst:'a array -> dst_pos:int -> len:int -> unit
  val to_list : 'a array -> 'a list
  val of_list : 'a list -> 'a array
  val iter : f:('a -> unit) -> 'a array -> unit
  val iteri : f:(int -> 'a -> unit) -> 'a array -> unit
  val map : f:('a -> 'b) -> 'a array -> 'b array
  val mapi : f:(int -> 'a -> 'b) -> 'a array -> 'b array
  val fold_left : f:('a -> 'b -> 'a) -> init:'a -> 'b array -> 'a
  val fold_left_map : f:('a -> 'b -> 'a * 'c) -> init:'a -> 'b array -> 'a * 'c array
  val fold_right : f:('b -> 'a -> 'a) -> 'b array -> init:'a -> 'a
  val iter2 : f:('a -> 'b -> unit) -> 'a array -> 'b array -> unit
  val map2 : f:('a -> 'b -> 'c) -> 'a array -> 'b array -> 'c array
  val for_all : f:('a -> bool) -> 'a array -> bool
  val exists : f:('a -> bool) -> 'a array -> bool
  val for_all2 : f:('a -> 'b -> bool) -> 'a array -> 'b array -> bool
  val exists2 : f:('a -> 'b -> bool) -> 'a array -> 'b array -> bool
  val mem : 'a -> set:'a array -> bool
  val memq : 'a -> set:'a array -> bool
  val find_opt : f:('a -> bool) -> 'a array -> 'a option
  val find_map : f:('a -> 'b option) -> 'a array -> 'b option
  val split : ('a * 'b) array -> 'a array * 'b array
  val combine : 'a array -> 'b array -> ('a * 'b) array
  val sort : cmp:('a -> 'a -> int) -> 'a array -> unit
  val stable_sort : cmp:('a -> 'a -> int) -> 'a array -> unit
  val fast_sort : cmp:('a -> 'a -> int) -> 'a array -> unit
  val to_seq : 'a array -> 'a Seq.t
  val to_seqi : 'a array -> (int * 'a) Seq.t
  val of_seq : 'a Seq.t -> 'a array
  (* external: "%array_unsafe_get" *)
  val unsafe_get : 'a array -> int -> 'a
  (* external: "%array_unsafe_set" *)
  val unsafe_set : 'a array -> int -> 'a -> unit
  module Floatarray : sig
    (* external: "caml_floatarray_create" *)
    val create : int -> floatarray
    (* external: "%floatarray_length" *)
    val length : floatarray -> int
    (* external: "%floatarray_safe_get" *)
    val get : floatarray -> int -> float
    (* external: "%floatarray_safe_set" *)
    val set : floatarray -> int -> float -> unit
    (* external: "%floatarray_unsafe_get" *)
    val unsafe_get : floatarray -> int -> float
    (* external: "%floatarray_unsafe_set" *)
    val unsafe_set : floatarray -> int -> float -> unit
  end
end
module Atomic : sig
  (* variance: ! *)
  type 'a t
  val make : 'a -> 'a t
  val get : 'a t -> 'a
  val set : 'a t -> 'a -> unit
  val exchange : 'a t -> 'a -> 'a
  val compare_and_set : 'a t -> 'a -> 'a -> bool
  val fetch_and_add : int t -> int -> int
  val incr : int t -> unit
  val decr : int t -> unit
end
(* outside the subset: present so that names resolve and spelling hints match OCaml *)
module Bigarray : sig end

module Bool : sig
  type t = bool = false | true
  val not : bool -> bool
  (* external: "%sequand" *)
  val ( && ) : bool -> bool -> bool
  (* external: "%sequor" *)
  val ( || ) : bool -> bool -> bool
  val equal : bool -> bool -> bool
  val compare : bool -> bool -> int
  val to_int : bool -> int
  val to_float : bool -> float
  val to_string : bool -> string
end

module Buffer : sig
  type t
  val create : int -> t
  val contents : t -> string
  val to_bytes : t -> bytes
  val sub : t -> int -> int -> string
  val blit : t -> int -> bytes -> int -> int -> unit
  val nth : t -> int -> char
  val length : t -> int
  val clear : t -> unit
  val reset : t -> unit
  val output_buffer : out_channel -> t -> unit
  val truncate : t -> int -> unit
  val add_char : t -> char -> unit
  val add_utf_8_uchar : t -> Uchar.t -> unit
  val add_utf_16le_uchar : t -> Uchar.t -> unit
  val add_utf_16be_uchar : t -> Uchar.t -> unit
  val add_string : t -> string -> unit
  val add_bytes : t -> bytes -> unit
  val add_substring : t -> string -> int -> int -> unit
  val add_subbytes : t -> bytes -> int -> int -> unit
  val add_substitute : t -> (string -> string) -> string -> unit
  val add_buffer : t -> t -> unit
  val add_channel : t -> in_channel -> int -> unit
  val to_seq : t -> char Seq.t
  val to_seqi : t -> (int * char) Seq.t
  val add_seq : t -> char Seq.t -> unit
  val of_seq : char Seq.t -> t
  val add_uint8 : t -> int -> unit
  val add_int8 : t -> int -> unit
  val add_uint16_ne : t -> int -> unit
  val add_uint16_be : t -> int -> unit
  val add_uint16_le : t -> int -> unit
  val add_int16_ne : t -> int -> unit
  val add_int16_be : t -> int -> unit
  val add_int16_le : t -> int -> unit
  val add_int32_ne : t -> int32 -> unit
  val add_int32_be : t -> int32 -> unit
  val add_int32_le : t -> int32 -> unit
  val add_int64_ne : t -> int64 -> unit
  val add_int64_be : t -> int64 -> unit
  val add_int64_le : t -> int64 -> unit
end
module Bytes : sig
  (* external: "%bytes_length" *)
  val length : bytes -> int
  (* external: "%bytes_safe_get" *)
  val get : bytes -> int -> char
  (* external: "%bytes_safe_set" *)
  val set : bytes -> int -> char -> unit
  (* external: "caml_create_bytes" *)
  val create : int -> bytes
  val make : int -> char -> bytes
  val init : int -> (int -> char) -> bytes
  val empty : bytes
  val copy : bytes -> bytes
  val of_string : string -> bytes
  val to_string : bytes -> string
  val sub : bytes -> int -> int -> bytes
  val sub_string : bytes -> int -> int -> string
  val extend : bytes -> int -> int -> bytes
  val fill : bytes -> int -> int -> char -> unit
  val blit : bytes -> int -> bytes -> int -> int -> unit
  val blit_string : string -> int -> bytes -> int -> int -> unit
  val concat : bytes -> bytes list -> bytes
  val cat : bytes -> bytes -> bytes
  val iter : (char -> unit) -> bytes -> unit
  val iteri : (int -> char -> unit) -> bytes -> unit
  val map : (char -> char) -> bytes -> bytes
  val mapi : (int -> char -> char) -> bytes -> bytes
  val fold_left : ('a -> char -> 'a) -> 'a -> bytes -> 'a
  val fold_right : (char -> 'a -> 'a) -> bytes -> 'a -> 'a
  val for_all : (char -> bool) -> bytes -> bool
  val exists : (char -> bool) -> bytes -> bool
  val trim : bytes -> bytes
  val escaped : bytes -> bytes
  val index : bytes -> char -> int
  val index_opt : bytes -> char -> int option
  val rindex : bytes -> char -> int
  val rindex_opt : bytes -> char -> int option
  val index_from : bytes -> int -> char -> int
  val index_from_opt : bytes -> int -> char -> int option
  val rindex_from : bytes -> int -> char -> int
  val rindex_from_opt : bytes -> int -> char -> int option
  val contains : bytes -> char -> bool
  val contains_from : bytes -> int -> char -> bool
  val rcontains_from : bytes -> int -> char -> bool
  (* deprecated: Use Bytes.uppercase_ascii/BytesLabels.uppercase_ascii instead. *)
  val uppercase : bytes -> bytes
  (* deprecated: Use Bytes.lowercase_ascii/BytesLabels.lowercase_ascii instead. *)
  val lowercase : bytes -> bytes
  (* deprecated: Use Bytes.capitalize_ascii/BytesLabels.capitalize_ascii instead. *)
  val capitalize : bytes -> bytes
  (* deprecated: Use Bytes.uncapitalize_ascii/BytesLabels.uncapitalize_ascii instead. *)
  val uncapitalize : bytes -> bytes
  val uppercase_ascii : bytes -> bytes
  val lowercase_ascii : bytes -> bytes
  val capitalize_ascii : bytes -> bytes
  val uncapitalize_ascii : bytes -> bytes
  type t = bytes
  val compare : t -> t -> int
  val equal : t -> t -> bool
  val starts_with : prefix:bytes -> bytes -> bool
  val ends_with : suffix:bytes -> bytes -> bool
  val unsafe_to_string : bytes -> string
  val unsafe_of_string : string -> bytes
  val split_on_char : char -> bytes -> bytes list
  val to_seq : t -> char Seq.t
  val to_seqi : t -> (int * char) Seq.t
  val of_seq : char Seq.t -> t
  val get_uint8 : bytes -> int -> int
  val get_int8 : bytes -> int -> int
  val get_uint16_ne : bytes -> int -> int
  val get_uint16_be : bytes -> int -> int
  val get_uint16_le : bytes -> int -> int
  val get_int16_ne : bytes -> int -> int
  val get_int16_be : bytes -> int -> int
  val get_int16_le : bytes -> int -> int
  val get_int32_ne : bytes -> int -> int32
  val get_int32_be : bytes -> int -> int32
  val get_int32_le : bytes -> int -> int32
  val get_int64_ne : bytes -> int -> int64
  val get_int64_be : bytes -> int -> int64
  val get_int64_le : bytes -> int -> int64
  val set_uint8 : bytes -> int -> int -> unit
  val set_int8 : bytes -> int -> int -> unit
  val set_uint16_ne : bytes -> int -> int -> unit
  val set_uint16_be : bytes -> int -> int -> unit
  val set_uint16_le : bytes -> int -> int -> unit
  val set_int16_ne : bytes -> int -> int -> unit
  val set_int16_be : bytes -> int -> int -> unit
  val set_int16_le : bytes -> int -> int -> unit
  val set_int32_ne : bytes -> int -> int32 -> unit
  val set_int32_be : bytes -> int -> int32 -> unit
  val set_int32_le : bytes -> int -> int32 -> unit
  val set_int64_ne : bytes -> int -> int64 -> unit
  val set_int64_be : bytes -> int -> int64 -> unit
  val set_int64_le : bytes -> int -> int64 -> unit
  (* external: "%bytes_unsafe_get" *)
  val unsafe_get : bytes -> int -> char
  (* external: "%bytes_unsafe_set" *)
  val unsafe_set : bytes -> int -> char -> unit
  (* external: "caml_blit_bytes" [@@noalloc] *)
  val unsafe_blit : bytes -> int -> bytes -> int -> int -> unit
  (* external: "caml_blit_string" [@@noalloc] *)
  val unsafe_blit_string : string -> int -> bytes -> int -> int -> unit
  (* external: "caml_fill_bytes" [@@noalloc] *)
  val unsafe_fill : bytes -> int -> int -> char -> unit
end
module BytesLabels : sig
  (* external: "%bytes_length" *)
  val length : bytes -> int
  (* external: "%bytes_safe_get" *)
  val get : bytes -> int -> char
  (* external: "%bytes_safe_set" *)
  val set : bytes -> int -> char -> unit
  (* external: "caml_create_bytes" *)
  val create : int -> bytes
  val make : int -> char -> bytes
  val init : int -> f:(int -> char) -> bytes
  val empty : bytes
  val copy : bytes -> bytes
  val of_string : string -> bytes
  val to_string : bytes -> string
  val sub : bytes -> pos:int -> len:int -> bytes
  val sub_string : bytes -> pos:int -> len:int -> string
  val extend : bytes -> left:int -> right:int -> bytes
  val fill : bytes -> pos:int -> len:int -> char -> unit
  val blit : src:bytes -> src_pos:int -> dst:bytes -> dst_pos:int -> len:int -> unit
  val blit_string : src:string -> src_pos:int -> dst:bytes -> dst_pos:int -> len:int -> unit
  val concat : sep:bytes -> bytes list -> bytes
  val cat : bytes -> bytes -> bytes
  val iter : f:(char -> unit) -> bytes -> unit
  val iteri : f:(int -> char -> unit) -> bytes -> unit
  val map : f:(char -> char) -> bytes -> bytes
  val mapi : f:(int -> char -> char) -> bytes -> bytes
  val fold_left : f:('a -> char -> 'a) -> init:'a -> bytes -> 'a
  val fold_right : f:(char -> 'a -> 'a) -> bytes -> init:'a -> 'a
  val for_all : f:(char -> bool) -> bytes -> bool
  val exists : f:(char -> bool) -> bytes -> bool
  val trim : bytes -> bytes
  val escaped : bytes -> bytes
  val index : bytes -> char -> int
  val index_opt : bytes -> char -> int option
  val rindex : bytes -> char -> int
  val rindex_opt : bytes -> char -> int option
  val index_from : bytes -> int -> char -> int
  val index_from_opt : bytes -> int -> char -> int option
  val rindex_from : bytes -> int -> char -> int
  val rindex_from_opt : bytes -> int -> char -> int option
  val contains : bytes -> char -> bool
  val contains_from : bytes -> int -> char -> bool
  val rcontains_from : bytes -> int -> char -> bool
  (* deprecated: Use Bytes.uppercase_ascii/BytesLabels.uppercase_ascii instead. *)
  val uppercase : bytes -> bytes
  (* deprecated: Use Bytes.lowercase_ascii/BytesLabels.lowercase_ascii instead. *)
  val lowercase : bytes -> bytes
  (* deprecated: Use Bytes.capitalize_ascii/BytesLabels.capitalize_ascii instead. *)
  val capitalize : bytes -> bytes
  (* deprecated: Use Bytes.uncapitalize_ascii/BytesLabels.uncapitalize_ascii instead. *)
  val uncapitalize : bytes -> bytes
  val uppercase_ascii : bytes -> bytes
  val lowercase_ascii : bytes -> bytes
  val capitalize_ascii : bytes -> bytes
  val uncapitalize_ascii : bytes -> bytes
  type t = bytes
  val compare : t -> t -> int
  val equal : t -> t -> bool
  val starts_with : prefix:bytes -> bytes -> bool
  val ends_with : suffix:bytes -> bytes -> bool
  val unsafe_to_string : bytes -> string
  val unsafe_of_string : string -> bytes
  val split_on_char : sep:char -> bytes -> bytes list
  val to_seq : t -> char Seq.t
  val to_seqi : t -> (int * char) Seq.t
  val of_seq : char Seq.t -> t
  val get_uint8 : bytes -> int -> int
  val get_int8 : bytes -> int -> int
  val get_uint16_ne : bytes -> int -> int
  val get_uint16_be : bytes -> int -> int
  val get_uint16_le : bytes -> int -> int
  val get_int16_ne : bytes -> int -> int
  val get_int16_be : bytes -> int -> int
  val get_int16_le : bytes -> int -> int
  val get_int32_ne : bytes -> int -> int32
  val get_int32_be : bytes -> int -> int32
  val get_int32_le : bytes -> int -> int32
  val get_int64_ne : bytes -> int -> int64
  val get_int64_be : bytes -> int -> int64
  val get_int64_le : bytes -> int -> int64
  val set_uint8 : bytes -> int -> int -> unit
  val set_int8 : bytes -> int -> int -> unit
  val set_uint16_ne : bytes -> int -> int -> unit
  val set_uint16_be : bytes -> int -> int -> unit
  val set_uint16_le : bytes -> int -> int -> unit
  val set_int16_ne : bytes -> int -> int -> unit
  val set_int16_be : bytes -> int -> int -> unit
  val set_int16_le : bytes -> int -> int -> unit
  val set_int32_ne : bytes -> int -> int32 -> unit
  val set_int32_be : bytes -> int -> int32 -> unit
  val set_int32_le : bytes -> int -> int32 -> unit
  val set_int64_ne : bytes -> int -> int64 -> unit
  val set_int64_be : bytes -> int -> int64 -> unit
  val set_int64_le : bytes -> int -> int64 -> unit
  (* external: "%bytes_unsafe_get" *)
  val unsafe_get : bytes -> int -> char
  (* external: "%bytes_unsafe_set" *)
  val unsafe_set : bytes -> int -> char -> unit
  (* external: "caml_blit_bytes" [@@noalloc] *)
  val unsafe_blit : src:bytes -> src_pos:int -> dst:bytes -> dst_pos:int -> len:int -> unit
  (* external: "caml_blit_string" [@@noalloc] *)
  val unsafe_blit_string : src:string -> src_pos:int -> dst:bytes -> dst_pos:int -> len:int -> unit
  (* external: "caml_fill_bytes" [@@noalloc] *)
  val unsafe_fill : bytes -> pos:int -> len:int -> char -> unit
end
module Callback : sig
  val register : string -> 'a -> unit
  val register_exception : string -> exn -> unit
end

module Char : sig
  (* external: "%identity" *)
  val code : char -> int
  val chr : int -> char
  val escaped : char -> string
  (* deprecated: Use Char.lowercase_ascii instead. *)
  val lowercase : char -> char
  (* deprecated: Use Char.uppercase_ascii instead. *)
  val uppercase : char -> char
  val lowercase_ascii : char -> char
  val uppercase_ascii : char -> char
  type t = char
  val compare : t -> t -> int
  val equal : t -> t -> bool
  (* external: "%identity" *)
  val unsafe_chr : int -> char
end

module Complex : sig
  type t = { re : float; im : float; }
  val zero : t
  val one : t
  val i : t
  val neg : t -> t
  val conj : t -> t
  val add : t -> t -> t
  val sub : t -> t -> t
  val mul : t -> t -> t
  val inv : t -> t
  val div : t -> t -> t
  val sqrt : t -> t
  val norm2 : t -> float
  val norm : t -> float
  val arg : t -> float
  val polar : float -> float -> t
  val exp : t -> t
  val log : t -> t
  val pow : t -> t -> t
end
module Digest : sig
  type t = string
  val compare : t -> t -> int
  val equal : t -> t -> bool
  val string : string -> t
  val bytes : bytes -> t
  val substring : string -> int -> int -> t
  val subbytes : bytes -> int -> int -> t
  (* external: "caml_md5_chan" *)
  val channel : in_channel -> int -> t
  val file : string -> t
  val output : out_channel -> t -> unit
  val input : in_channel -> t
  val to_hex : t -> string
  val from_hex : string -> t
end

module Either : sig
  type ('a, 'b) t = Left of 'a | Right of 'b
  val left : 'a -> ('a, 'b) t
  val right : 'b -> ('a, 'b) t
  val is_left : ('a, 'b) t -> bool
  val is_right : ('a, 'b) t -> bool
  val find_left : ('a, 'b) t -> 'a option
  val find_right : ('a, 'b) t -> 'b option
  val map_left : ('a1 -> 'a2) -> ('a1, 'b) t -> ('a2, 'b) t
  val map_right : ('b1 -> 'b2) -> ('a, 'b1) t -> ('a, 'b2) t
  val map : left:('a1 -> 'a2) -> right:('b1 -> 'b2) -> ('a1, 'b1) t -> ('a2, 'b2) t
  val fold : left:('a -> 'c) -> right:('b -> 'c) -> ('a, 'b) t -> 'c
  val iter : left:('a -> unit) -> right:('b -> unit) -> ('a, 'b) t -> unit
  val for_all : left:('a -> bool) -> right:('b -> bool) -> ('a, 'b) t -> bool
  val equal :
    left:('a -> 'a -> bool) -> right:('b -> 'b -> bool) -> ('a, 'b) t -> ('a, 'b) t -> bool
  val compare : left:('a -> 'a -> int) -> right:('b -> 'b -> int) -> ('a, 'b) t -> ('a, 'b) t -> int
end

(* outside the subset: present so that names resolve and spelling hints match OCaml *)
module Ephemeron : sig end
module Filename : sig
  val current_dir_name : string
  val parent_dir_name : string
  val dir_sep : string
  val concat : string -> string -> string
  val is_relative : string -> bool
  val is_implicit : string -> bool
  val check_suffix : string -> string -> bool
  val chop_suffix : string -> string -> string
  val chop_suffix_opt : suffix:string -> string -> string option
  val extension : string -> string
  val remove_extension : string -> string
  val chop_extension : string -> string
  val basename : string -> string
  val dirname : string -> string
  val null : string
  val temp_file : ?temp_dir:string -> string -> string -> string
  val open_temp_file : ?mode:open_flag list -> ?perms:int -> ?temp_dir:string -> string -> string -> string * out_channel
  val get_temp_dir_name : unit -> string
  val set_temp_dir_name : string -> unit
  (* deprecated: Use Filename.get_temp_dir_name instead *)
  val temp_dir_name : string
  val quote : string -> string
  val quote_command : string -> ?stdin:string -> ?stdout:string -> ?stderr:string -> string list -> string
end

module Float : sig
  val zero : float
  val one : float
  val minus_one : float
  (* external: "%negfloat" *)
  val neg : float -> float
  (* external: "%addfloat" *)
  val add : float -> float -> float
  (* external: "%subfloat" *)
  val sub : float -> float -> float
  (* external: "%mulfloat" *)
  val mul : float -> float -> float
  (* external: "%divfloat" *)
  val div : float -> float -> float
  (* external: "caml_fma_float" "caml_fma" [@@unboxed] [@@noalloc] *)
  val fma : float -> float -> float -> float
  (* external: "caml_fmod_float" "fmod" [@@unboxed] [@@noalloc] *)
  val rem : float -> float -> float
  val succ : float -> float
  val pred : float -> float
  (* external: "%absfloat" *)
  val abs : float -> float
  val infinity : float
  val neg_infinity : float
  val nan : float
  val pi : float
  val max_float : float
  val min_float : float
  val epsilon : float
  val is_finite : float -> bool
  val is_infinite : float -> bool
  val is_nan : float -> bool
  val is_integer : float -> bool
  (* external: "%floatofint" *)
  val of_int : int -> float
  (* external: "%intoffloat" *)
  val to_int : float -> int
  (* external: "caml_float_of_string" *)
  val of_string : string -> float
  val of_string_opt : string -> float option
  val to_string : float -> string
  type fpclass = Stdlib.fpclass = FP_normal | FP_subnormal | FP_zero | FP_infinite | FP_nan
  (* external: "caml_classify_float" "caml_classify_float_unboxed" [@@noalloc] [@reprs unboxed same] *)
  val classify_float : float -> fpclass
  (* external: "caml_power_float" "pow" [@@unboxed] [@@noalloc] *)
  val pow : float -> float -> float
  (* external: "caml_sqrt_float" "sqrt" [@@unboxed] [@@noalloc] *)
  val sqrt : float -> float
  (* external: "caml_cbrt_float" "caml_cbrt" [@@unboxed] [@@noalloc] *)
  val cbrt : float -> float
  (* external: "caml_exp_float" "exp" [@@unboxed] [@@noalloc] *)
  val exp : float -> float
  (* external: "caml_exp2_float" "caml_exp2" [@@unboxed] [@@noalloc] *)
  val exp2 : float -> float
  (* external: "caml_log_float" "log" [@@unboxed] [@@noalloc] *)
  val log : float -> float
  (* external: "caml_log10_float" "log10" [@@unboxed] [@@noalloc] *)
  val log10 : float -> float
  (* external: "caml_log2_float" "caml_log2" [@@unboxed] [@@noalloc] *)
  val log2 : float -> float
  (* external: "caml_expm1_float" "caml_expm1" [@@unboxed] [@@noalloc] *)
  val expm1 : float -> float
  (* external: "caml_log1p_float" "caml_log1p" [@@unboxed] [@@noalloc] *)
  val log1p : float -> float
  (* external: "caml_cos_float" "cos" [@@unboxed] [@@noalloc] *)
  val cos : float -> float
  (* external: "caml_sin_float" "sin" [@@unboxed] [@@noalloc] *)
  val sin : float -> float
  (* external: "caml_tan_float" "tan" [@@unboxed] [@@noalloc] *)
  val tan : float -> float
  (* external: "caml_acos_float" "acos" [@@unboxed] [@@noalloc] *)
  val acos : float -> float
  (* external: "caml_asin_float" "asin" [@@unboxed] [@@noalloc] *)
  val asin : float -> float
  (* external: "caml_atan_float" "atan" [@@unboxed] [@@noalloc] *)
  val atan : float -> float
  (* external: "caml_atan2_float" "atan2" [@@unboxed] [@@noalloc] *)
  val atan2 : float -> float -> float
  (* external: "caml_hypot_float" "caml_hypot" [@@unboxed] [@@noalloc] *)
  val hypot : float -> float -> float
  (* external: "caml_cosh_float" "cosh" [@@unboxed] [@@noalloc] *)
  val cosh : float -> float
  (* external: "caml_sinh_float" "sinh" [@@unboxed] [@@noalloc] *)
  val sinh : float -> float
  (* external: "caml_tanh_float" "tanh" [@@unboxed] [@@noalloc] *)
  val tanh : float -> float
  (* external: "caml_acosh_float" "caml_acosh" [@@unboxed] [@@noalloc] *)
  val acosh : float -> float
  (* external: "caml_asinh_float" "caml_asinh" [@@unboxed] [@@noalloc] *)
  val asinh : float -> float
  (* external: "caml_atanh_float" "caml_atanh" [@@unboxed] [@@noalloc] *)
  val atanh : float -> float
  (* external: "caml_erf_float" "caml_erf" [@@unboxed] [@@noalloc] *)
  val erf : float -> float
  (* external: "caml_erfc_float" "caml_erfc" [@@unboxed] [@@noalloc] *)
  val erfc : float -> float
  (* external: "caml_trunc_float" "caml_trunc" [@@unboxed] [@@noalloc] *)
  val trunc : float -> float
  (* external: "caml_round_float" "caml_round" [@@unboxed] [@@noalloc] *)
  val round : float -> float
  (* external: "caml_ceil_float" "ceil" [@@unboxed] [@@noalloc] *)
  val ceil : float -> float
  (* external: "caml_floor_float" "floor" [@@unboxed] [@@noalloc] *)
  val floor : float -> float
  (* external: "caml_nextafter_float" "caml_nextafter" [@@unboxed] [@@noalloc] *)
  val next_after : float -> float -> float
  (* external: "caml_copysign_float" "caml_copysign" [@@unboxed] [@@noalloc] *)
  val copy_sign : float -> float -> float
  (* external: "caml_signbit_float" "caml_signbit" [@@noalloc] [@reprs unboxed same] *)
  val sign_bit : float -> bool
  (* external: "caml_frexp_float" *)
  val frexp : float -> float * int
  (* external: "caml_ldexp_float" "caml_ldexp_float_unboxed" [@@noalloc] [@reprs unboxed untagged unboxed] *)
  val ldexp : float -> int -> float
  (* external: "caml_modf_float" *)
  val modf : float -> float * float
  type t = float
  val compare : t -> t -> int
  val equal : t -> t -> bool
  val min : t -> t -> t
  val max : float -> float -> float
  val min_max : float -> float -> float * float
  val min_num : t -> t -> t
  val max_num : t -> t -> t
  val min_max_num : float -> float -> float * float
  val hash : t -> int
  module Array : sig
    type t = floatarray
    val length : t -> int
    val get : t -> int -> float
    val set : t -> int -> float -> unit
    val make : int -> float -> t
    val create : int -> t
    val init : int -> (int -> float) -> t
    val append : t -> t -> t
    val concat : t list -> t
    val sub : t -> int -> int -> t
    val copy : t -> t
    val fill : t -> int -> int -> float -> unit
    val blit : t -> int -> t -> int -> int -> unit
    val to_list : t -> float list
    val of_list : float list -> t
    val iter : (float -> unit) -> t -> unit
    val iteri : (int -> float -> unit) -> t -> unit
    val map : (float -> float) -> t -> t
    val mapi : (int -> float -> float) -> t -> t
    val fold_left : ('a -> float -> 'a) -> 'a -> t -> 'a
    val fold_right : (float -> 'a -> 'a) -> t -> 'a -> 'a
    val iter2 : (float -> float -> unit) -> t -> t -> unit
    val map2 : (float -> float -> float) -> t -> t -> t
    val for_all : (float -> bool) -> t -> bool
    val exists : (float -> bool) -> t -> bool
    val mem : float -> t -> bool
    val mem_ieee : float -> t -> bool
    val sort : (float -> float -> int) -> t -> unit
    val stable_sort : (float -> float -> int) -> t -> unit
    val fast_sort : (float -> float -> int) -> t -> unit
    val to_seq : t -> float Seq.t
    val to_seqi : t -> (int * float) Seq.t
    val of_seq : float Seq.t -> t
    val map_to_array : (float -> 'a) -> t -> 'a array
    val map_from_array : ('a -> float) -> 'a array -> t
    (* external: "%floatarray_unsafe_get" *)
    val unsafe_get : t -> int -> float
    (* external: "%floatarray_unsafe_set" *)
    val unsafe_set : t -> int -> float -> unit
  end
  module ArrayLabels : sig
    type t = floatarray
    val length : t -> int
    val get : t -> int -> float
    val set : t -> int -> float -> unit
    val make : int -> float -> t
    val create : int -> t
    val init : int -> f:(int -> float) -> t
    val append : t -> t -> t
    val concat : t list -> t
    val sub : t -> pos:int -> len:int -> t
    val copy : t -> t
    val fill : t -> pos:int -> len:int -> float -> unit
    val blit : src:t -> src_pos:int -> dst:t -> dst_pos:int -> len:int -> unit
    val to_list : t -> float list
    val of_list : float list -> t
    val iter : f:(float -> unit) -> t -> unit
    val iteri : f:(int -> float -> unit) -> t -> unit
    val map : f:(float -> float) -> t -> t
    val mapi : f:(int -> float -> float) -> t -> t
    val fold_left : f:('a -> float -> 'a) -> init:'a -> t -> 'a
    val fold_right : f:(float -> 'a -> 'a) -> t -> init:'a -> 'a
    val iter2 : f:(float -> float -> unit) -> t -> t -> unit
    val map2 : f:(float -> float -> float) -> t -> t -> t
    val for_all : f:(float -> bool) -> t -> bool
    val exists : f:(float -> bool) -> t -> bool
    val mem : float -> set:t -> bool
    val mem_ieee : float -> set:t -> bool
    val sort : cmp:(float -> float -> int) -> t -> unit
    val stable_sort : cmp:(float -> float -> int) -> t -> unit
    val fast_sort : cmp:(float -> float -> int) -> t -> unit
    val to_seq : t -> float Seq.t
    val to_seqi : t -> (int * float) Seq.t
    val of_seq : float Seq.t -> t
    val map_to_array : f:(float -> 'a) -> t -> 'a array
    val map_from_array : f:('a -> float) -> 'a array -> t
    (* external: "%floatarray_unsafe_get" *)
    val unsafe_get : t -> int -> float
    (* external: "%floatarray_unsafe_set" *)
    val unsafe_set : t -> int -> float -> unit
  end
end

module Format : sig
  type formatter
  val pp_open_box : formatter -> int -> unit
  val open_box : int -> unit
  val pp_close_box : formatter -> unit -> unit
  val close_box : unit -> unit
  val pp_open_hbox : formatter -> unit -> unit
  val open_hbox : unit -> unit
  val pp_open_vbox : formatter -> int -> unit
  val open_vbox : int -> unit
  val pp_open_hvbox : formatter -> int -> unit
  val open_hvbox : int -> unit
  val pp_open_hovbox : formatter -> int -> unit
  val open_hovbox : int -> unit
  val pp_print_string : formatter -> string -> unit
  val print_string : string -> unit
  val pp_print_bytes : formatter -> bytes -> unit
  val print_bytes : bytes -> unit
  val pp_print_as : formatter -> int -> string -> unit
  val print_as : int -> string -> unit
  val pp_print_int : formatter -> int -> unit
  val print_int : int -> unit
  val pp_print_float : formatter -> float -> unit
  val print_float : float -> unit
  val pp_print_char : formatter -> char -> unit
  val print_char : char -> unit
  val pp_print_bool : formatter -> bool -> unit
  val print_bool : bool -> unit
  val pp_print_space : formatter -> unit -> unit
  val print_space : unit -> unit
  val pp_print_cut : formatter -> unit -> unit
  val print_cut : unit -> unit
  val pp_print_break : formatter -> int -> int -> unit
  val print_break : int -> int -> unit
  val pp_print_custom_break : formatter -> fits:string * int * string -> breaks:string * int * string -> unit
  val pp_force_newline : formatter -> unit -> unit
  val force_newline : unit -> unit
  val pp_print_if_newline : formatter -> unit -> unit
  val print_if_newline : unit -> unit
  val pp_print_flush : formatter -> unit -> unit
  val print_flush : unit -> unit
  val pp_print_newline : formatter -> unit -> unit
  val print_newline : unit -> unit
  val pp_set_margin : formatter -> int -> unit
  val set_margin : int -> unit
  val pp_get_margin : formatter -> unit -> int
  val get_margin : unit -> int
  val pp_set_max_indent : formatter -> int -> unit
  val set_max_indent : int -> unit
  val pp_get_max_indent : formatter -> unit -> int
  val get_max_indent : unit -> int
  type geometry = { max_indent : int; margin : int; }
  val check_geometry : geometry -> bool
  val pp_set_geometry : formatter -> max_indent:int -> margin:int -> unit
  val set_geometry : max_indent:int -> margin:int -> unit
  val pp_safe_set_geometry : formatter -> max_indent:int -> margin:int -> unit
  val safe_set_geometry : max_indent:int -> margin:int -> unit
  val pp_update_geometry : formatter -> (geometry -> geometry) -> unit
  val update_geometry : (geometry -> geometry) -> unit
  val pp_get_geometry : formatter -> unit -> geometry
  val get_geometry : unit -> geometry
  val pp_set_max_boxes : formatter -> int -> unit
  val set_max_boxes : int -> unit
  val pp_get_max_boxes : formatter -> unit -> int
  val get_max_boxes : unit -> int
  val pp_over_max_boxes : formatter -> unit -> bool
  val over_max_boxes : unit -> bool
  val pp_open_tbox : formatter -> unit -> unit
  val open_tbox : unit -> unit
  val pp_close_tbox : formatter -> unit -> unit
  val close_tbox : unit -> unit
  val pp_set_tab : formatter -> unit -> unit
  val set_tab : unit -> unit
  val pp_print_tab : formatter -> unit -> unit
  val print_tab : unit -> unit
  val pp_print_tbreak : formatter -> int -> int -> unit
  val print_tbreak : int -> int -> unit
  val pp_set_ellipsis_text : formatter -> string -> unit
  val set_ellipsis_text : string -> unit
  val pp_get_ellipsis_text : formatter -> unit -> string
  val get_ellipsis_text : unit -> string
  type stag = ..
  type tag = string
  val pp_open_stag : formatter -> stag -> unit
  val open_stag : stag -> unit
  val pp_close_stag : formatter -> unit -> unit
  val close_stag : unit -> unit
  val pp_set_tags : formatter -> bool -> unit
  val set_tags : bool -> unit
  val pp_set_print_tags : formatter -> bool -> unit
  val set_print_tags : bool -> unit
  val pp_set_mark_tags : formatter -> bool -> unit
  val set_mark_tags : bool -> unit
  val pp_get_print_tags : formatter -> unit -> bool
  val get_print_tags : unit -> bool
  val pp_get_mark_tags : formatter -> unit -> bool
  val get_mark_tags : unit -> bool
  val pp_set_formatter_out_channel : formatter -> out_channel -> unit
  val set_formatter_out_channel : out_channel -> unit
  val pp_set_formatter_output_functions : formatter -> (string -> int -> int -> unit) -> (unit -> unit) -> unit
  val set_formatter_output_functions : (string -> int -> int -> unit) -> (unit -> unit) -> unit
  val pp_get_formatter_output_functions : formatter -> unit -> (string -> int -> int -> unit) * (unit -> unit)
  val get_formatter_output_functions : unit -> (string -> int -> int -> unit) * (unit -> unit)
  type formatter_out_functions = { out_string : string -> int -> int -> unit; out_flush : unit -> unit; out_newline : unit -> unit; out_spaces : int -> unit; out_indent : int -> unit;
  }
  val pp_set_formatter_out_functions : formatter -> formatter_out_functions -> unit
  val set_formatter_out_functions : formatter_out_functions -> unit
  val pp_get_formatter_out_functions : formatter -> unit -> formatter_out_functions
  val get_formatter_out_functions : unit -> formatter_out_functions
  type formatter_stag_functions = { mark_open_stag : stag -> string; mark_close_stag : stag -> string; print_open_stag : stag -> unit; print_close_stag : stag -> unit;
  }
  val pp_set_formatter_stag_functions : formatter -> formatter_stag_functions -> unit
  val set_formatter_stag_functions : formatter_stag_functions -> unit
  val pp_get_formatter_stag_functions : formatter -> unit -> formatter_stag_functions
  val get_formatter_stag_functions : unit -> formatter_stag_functions
  val formatter_of_out_channel : out_channel -> formatter
  val std_formatter : formatter
  val err_formatter : formatter
  val formatter_of_buffer : Buffer.t -> formatter
  val stdbuf : Buffer.t
  val str_formatter : formatter
  val flush_str_formatter : unit -> string
  val make_formatter : (string -> int -> int -> unit) -> (unit -> unit) -> formatter
  val formatter_of_out_functions : formatter_out_functions -> formatter
  type symbolic_output_item = Output_flush | Output_newline | Output_string of string | Output_spaces of int | Output_indent of int
  type symbolic_output_buffer
  val make_symbolic_output_buffer : unit -> symbolic_output_buffer
  val clear_symbolic_output_buffer : symbolic_output_buffer -> unit
  val get_symbolic_output_buffer : symbolic_output_buffer -> symbolic_output_item list
  val flush_symbolic_output_buffer : symbolic_output_buffer -> symbolic_output_item list
  val add_symbolic_output_item : symbolic_output_buffer -> symbolic_output_item -> unit
  val formatter_of_symbolic_output_buffer : symbolic_output_buffer -> formatter
  val pp_print_list : ?pp_sep:(formatter -> unit -> unit) -> (formatter -> 'a -> unit) -> formatter -> 'a list -> unit
  val pp_print_seq : ?pp_sep:(formatter -> unit -> unit) -> (formatter -> 'a -> unit) -> formatter -> 'a Seq.t -> unit
  val pp_print_text : formatter -> string -> unit
  val pp_print_option : ?none:(formatter -> unit -> unit) -> (formatter -> 'a -> unit) -> formatter -> 'a option -> unit
  val pp_print_result : ok:(formatter -> 'a -> unit) -> error:(formatter -> 'e -> unit) -> formatter -> ('a, 'e) result -> unit
  val pp_print_either : left:(formatter -> 'a -> unit) -> right:(formatter -> 'b -> unit) -> formatter -> ('a, 'b) Either.t -> unit
  val fprintf : formatter -> ('a, formatter, unit) format -> 'a
  val printf : ('a, formatter, unit) format -> 'a
  val eprintf : ('a, formatter, unit) format -> 'a
  val sprintf : ('a, unit, string) format -> 'a
  val asprintf : ('a, formatter, unit, string) format4 -> 'a
  val dprintf : ('a, formatter, unit, formatter -> unit) format4 -> 'a
  val ifprintf : formatter -> ('a, formatter, unit) format -> 'a
  val kfprintf : (formatter -> 'a) -> formatter -> ('b, formatter, unit, 'a) format4 -> 'b
  val kdprintf : ((formatter -> unit) -> 'a) -> ('b, formatter, unit, 'a) format4 -> 'b
  val ikfprintf : (formatter -> 'a) -> formatter -> ('b, formatter, unit, 'a) format4 -> 'b
  val ksprintf : (string -> 'a) -> ('b, unit, string, 'a) format4 -> 'b
  val kasprintf : (string -> 'a) -> ('b, formatter, unit, 'a) format4 -> 'b
  (* deprecated *)
  val bprintf : Buffer.t -> ('a, formatter, unit) format -> 'a
  (* deprecated: Use Format.ksprintf instead. *)
  val kprintf : (string -> 'a) -> ('b, unit, string, 'a) format4 -> 'b
  (* deprecated: Use Format.set_formatter_out_functions instead. *)
  val set_all_formatter_output_functions : out:(string -> int -> int -> unit) -> flush:(unit -> unit) -> newline:(unit -> unit) -> spaces:(int -> unit) -> unit
  (* deprecated: Use Format.get_formatter_out_functions instead. *)
  val get_all_formatter_output_functions : unit -> (string -> int -> int -> unit) * (unit -> unit) * (unit -> unit) * (int -> unit)
  (* deprecated: Use Format.pp_set_formatter_out_functions instead. *)
  val pp_set_all_formatter_output_functions : formatter -> out:(string -> int -> int -> unit) -> flush:(unit -> unit) -> newline:(unit -> unit) -> spaces:(int -> unit) -> unit
  (* deprecated: Use Format.pp_get_formatter_out_functions instead. *)
  val pp_get_all_formatter_output_functions : formatter -> unit -> (string -> int -> int -> unit) * (unit -> unit) * (unit -> unit) * (int -> unit)
  (* deprecated: Use Format.pp_open_stag. *)
  val pp_open_tag : formatter -> tag -> unit
  (* deprecated: Use Format.open_stag. *)
  val open_tag : tag -> unit
  (* deprecated: Use Format.pp_close_stag. *)
  val pp_close_tag : formatter -> unit -> unit
  (* deprecated: Use Format.close_stag. *)
  val close_tag : unit -> unit
  type formatter_tag_functions = { mark_open_tag : tag -> string; mark_close_tag : tag -> string; print_open_tag : tag -> unit; print_close_tag : tag -> unit;
  }
  (* deprecated: This function will erase non-string tag formatting functions. \ Use Format.pp_set_formatter_stag_functions. *)
  val pp_set_formatter_tag_functions : formatter -> formatter_tag_functions -> unit
  (* deprecated: Use Format.set_formatter_stag_functions. *)
  val set_formatter_tag_functions : formatter_tag_functions -> unit
  (* deprecated: Use Format.pp_get_formatter_stag_functions. *)
  val pp_get_formatter_tag_functions : formatter -> unit -> formatter_tag_functions
  (* deprecated: Use Format.get_formatter_stag_functions. *)
  val get_formatter_tag_functions : unit -> formatter_tag_functions
end

module Fun : sig
  (* external: "%identity" *)
  val id : 'a -> 'a
  val const : 'a -> 'b -> 'a
  val flip : ('a -> 'b -> 'c) -> 'b -> 'a -> 'c
  val negate : ('a -> bool) -> 'a -> bool
  val protect : finally:(unit -> unit) -> (unit -> 'a) -> 'a
  exception Finally_raised of exn
end

module Gc : sig
  type stat = { minor_words : float; promoted_words : float; major_words : float; minor_collections : int; major_collections : int; heap_words : int; heap_chunks : int; live_words : int; live_blocks : int; free_words : int; free_blocks : int; largest_free : int; fragments : int; compactions : int; top_heap_words : int; stack_size : int; forced_major_collections : int; }
  type control = { mutable minor_heap_size : int; mutable major_heap_increment : int; mutable space_overhead : int; mutable verbose : int; mutable max_overhead : int; mutable stack_limit : int; mutable allocation_policy : int; window_size : int; custom_major_ratio : int; custom_minor_ratio : int; custom_minor_max_size : int; }
  (* external: "caml_gc_stat" *)
  val stat : unit -> stat
  (* external: "caml_gc_quick_stat" *)
  val quick_stat : unit -> stat
  (* external: "caml_gc_counters" *)
  val counters : unit -> float * float * float
  (* external: "caml_gc_minor_words" "caml_gc_minor_words_unboxed" [@reprs same unboxed] *)
  val minor_words : unit -> float
  (* external: "caml_gc_get" *)
  val get : unit -> control
  (* external: "caml_gc_set" *)
  val set : control -> unit
  (* external: "caml_gc_minor" *)
  val minor : unit -> unit
  (* external: "caml_gc_major_slice" *)
  val major_slice : int -> int
  (* external: "caml_gc_major" *)
  val major : unit -> unit
  (* external: "caml_gc_full_major" *)
  val full_major : unit -> unit
  (* external: "caml_gc_compaction" *)
  val compact : unit -> unit
  val print_stat : out_channel -> unit
  val allocated_bytes : unit -> float
  (* external: "caml_get_minor_free" *)
  val get_minor_free : unit -> int
  (* external: "caml_get_major_bucket" [@@noalloc] *)
  val get_bucket : int -> int
  (* external: "caml_get_major_credit" [@@noalloc] *)
  val get_credit : unit -> int
  (* external: "caml_gc_huge_fallback_count" *)
  val huge_fallback_count : unit -> int
  val finalise : ('a -> unit) -> 'a -> unit
  val finalise_last : (unit -> unit) -> 'a -> unit
  val finalise_release : unit -> unit
  type alarm
  val create_alarm : (unit -> unit) -> alarm
  val delete_alarm : alarm -> unit
  (* external: "caml_eventlog_pause" *)
  val eventlog_pause : unit -> unit
  (* external: "caml_eventlog_resume" *)
  val eventlog_resume : unit -> unit
  (* outside the subset: its type allocation is a private record *)
  module Memprof : sig end
end
module Genlex : sig
  type token = Kwd of string | Ident of string | Int of int | Float of float | String of string | Char of char
  val make_lexer : string list -> char Stream.t -> token Stream.t
end
module Hashtbl : sig
  type ('a, 'b) t
  val create : ?random:bool -> int -> ('a, 'b) t
  val clear : ('a, 'b) t -> unit
  val reset : ('a, 'b) t -> unit
  val copy : ('a, 'b) t -> ('a, 'b) t
  val add : ('a, 'b) t -> 'a -> 'b -> unit
  val find : ('a, 'b) t -> 'a -> 'b
  val find_opt : ('a, 'b) t -> 'a -> 'b option
  val find_all : ('a, 'b) t -> 'a -> 'b list
  val mem : ('a, 'b) t -> 'a -> bool
  val remove : ('a, 'b) t -> 'a -> unit
  val replace : ('a, 'b) t -> 'a -> 'b -> unit
  val iter : ('a -> 'b -> unit) -> ('a, 'b) t -> unit
  val filter_map_inplace : ('a -> 'b -> 'b option) -> ('a, 'b) t -> unit
  val fold : ('a -> 'b -> 'c -> 'c) -> ('a, 'b) t -> 'c -> 'c
  val length : ('a, 'b) t -> int
  val randomize : unit -> unit
  val is_randomized : unit -> bool
  val rebuild : ?random:bool -> ('a, 'b) t -> ('a, 'b) t
  type statistics = { num_bindings : int; num_buckets : int; max_bucket_length : int; bucket_histogram : int array;
  }
  val stats : ('a, 'b) t -> statistics
  val to_seq : ('a, 'b) t -> ('a * 'b) Seq.t
  val to_seq_keys : ('a, 'b) t -> 'a Seq.t
  val to_seq_values : ('a, 'b) t -> 'b Seq.t
  val add_seq : ('a, 'b) t -> ('a * 'b) Seq.t -> unit
  val replace_seq : ('a, 'b) t -> ('a * 'b) Seq.t -> unit
  val of_seq : ('a * 'b) Seq.t -> ('a, 'b) t
  val hash : 'a -> int
  val seeded_hash : int -> 'a -> int
  val hash_param : int -> int -> 'a -> int
  val seeded_hash_param : int -> int -> int -> 'a -> int
  module type HashedType = sig
    (* declared: File "hashtbl.mli", line 310, characters 4-10 *)
    type t
    (* declared: File "hashtbl.mli", line 313, characters 4-30 *)
    val equal : t -> t -> bool
    (* declared: File "hashtbl.mli", line 316, characters 4-23 *)
    val hash : t -> int
  end
  module type S = sig
    (* declared: File "hashtbl.mli", line 334, characters 4-12 *)
    type key
    (* variance: ! *)
    (* declared: File "hashtbl.mli", line 335, characters 4-14 *)
    type 'a t
    (* declared: File "hashtbl.mli", line 336, characters 4-28 *)
    val create : int -> 'a t
    (* declared: File "hashtbl.mli", line 337, characters 4-28 *)
    val clear : 'a t -> unit
    (* declared: File "hashtbl.mli", line 338, characters 4-28 *)
    val reset : 'a t -> unit
    (* declared: File "hashtbl.mli", line 340, characters 4-27 *)
    val copy : 'a t -> 'a t
    (* declared: File "hashtbl.mli", line 341, characters 4-39 *)
    val add : 'a t -> key -> 'a -> unit
    (* declared: File "hashtbl.mli", line 342, characters 4-36 *)
    val remove : 'a t -> key -> unit
    (* declared: File "hashtbl.mli", line 343, characters 4-32 *)
    val find : 'a t -> key -> 'a
    (* declared: File "hashtbl.mli", line 344, characters 4-43 *)
    val find_opt : 'a t -> key -> 'a option
    (* declared: File "hashtbl.mli", line 347, characters 4-41 *)
    val find_all : 'a t -> key -> 'a list
    (* declared: File "hashtbl.mli", line 348, characters 4-43 *)
    val replace : 'a t -> key -> 'a -> unit
    (* declared: File "hashtbl.mli", line 349, characters 4-33 *)
    val mem : 'a t -> key -> bool
    (* declared: File "hashtbl.mli", line 350, characters 4-50 *)
    val iter : (key -> 'a -> unit) -> 'a t -> unit
    (* declared: File "hashtbl.mli", lines 351-352, characters 4-10 *)
    val filter_map_inplace : (key -> 'a -> 'a option) -> 'a t -> unit
    (* declared: File "hashtbl.mli", line 355, characters 4-58 *)
    val fold : (key -> 'a -> 'b -> 'b) -> 'a t -> 'b -> 'b
    (* declared: File "hashtbl.mli", line 356, characters 4-28 *)
    val length : 'a t -> int
    (* declared: File "hashtbl.mli", line 357, characters 4-33 *)
    val stats : 'a t -> statistics
    (* declared: File "hashtbl.mli", line 359, characters 4-41 *)
    val to_seq : 'a t -> (key * 'a) Seq.t
    (* declared: File "hashtbl.mli", line 362, characters 4-38 *)
    val to_seq_keys : 'a t -> key Seq.t
    (* declared: File "hashtbl.mli", line 365, characters 4-40 *)
    val to_seq_values : 'a t -> 'a Seq.t
    (* declared: File "hashtbl.mli", line 368, characters 4-50 *)
    val add_seq : 'a t -> (key * 'a) Seq.t -> unit
    (* declared: File "hashtbl.mli", line 371, characters 4-54 *)
    val replace_seq : 'a t -> (key * 'a) Seq.t -> unit
    (* declared: File "hashtbl.mli", line 374, characters 4-41 *)
    val of_seq : (key * 'a) Seq.t -> 'a t
  end
  (* functor: Hashtbl.HashedType; its parameter first, then the types, then the values *)
  module Make : sig
    module H : sig
      (* declared: File "hashtbl.mli", line 310, characters 4-10 *)
      type t
      (* declared: File "hashtbl.mli", line 313, characters 4-30 *)
      val equal : t -> t -> bool
      (* declared: File "hashtbl.mli", line 316, characters 4-23 *)
      val hash : t -> int
    end
    type key = H.t
    (* variance: ! *)
    type 'a t
    val create : int -> 'a t
    val clear : 'a t -> unit
    val reset : 'a t -> unit
    val copy : 'a t -> 'a t
    val add : 'a t -> key -> 'a -> unit
    val remove : 'a t -> key -> unit
    val find : 'a t -> key -> 'a
    val find_opt : 'a t -> key -> 'a option
    val find_all : 'a t -> key -> 'a list
    val replace : 'a t -> key -> 'a -> unit
    val mem : 'a t -> key -> bool
    val iter : (key -> 'a -> unit) -> 'a t -> unit
    val filter_map_inplace : (key -> 'a -> 'a option) -> 'a t -> unit
    val fold : (key -> 'a -> 'b -> 'b) -> 'a t -> 'b -> 'b
    val length : 'a t -> int
    val stats : 'a t -> statistics
    val to_seq : 'a t -> (key * 'a) Seq.t
    val to_seq_keys : 'a t -> key Seq.t
    val to_seq_values : 'a t -> 'a Seq.t
    val add_seq : 'a t -> (key * 'a) Seq.t -> unit
    val replace_seq : 'a t -> (key * 'a) Seq.t -> unit
    val of_seq : (key * 'a) Seq.t -> 'a t
  end
end

module Int : sig
  type t = int
  val zero : int
  val one : int
  val minus_one : int
  (* external: "%negint" *)
  val neg : int -> int
  (* external: "%addint" *)
  val add : int -> int -> int
  (* external: "%subint" *)
  val sub : int -> int -> int
  (* external: "%mulint" *)
  val mul : int -> int -> int
  (* external: "%divint" *)
  val div : int -> int -> int
  (* external: "%modint" *)
  val rem : int -> int -> int
  (* external: "%succint" *)
  val succ : int -> int
  (* external: "%predint" *)
  val pred : int -> int
  val abs : int -> int
  val max_int : int
  val min_int : int
  (* external: "%andint" *)
  val logand : int -> int -> int
  (* external: "%orint" *)
  val logor : int -> int -> int
  (* external: "%xorint" *)
  val logxor : int -> int -> int
  val lognot : int -> int
  (* external: "%lslint" *)
  val shift_left : int -> int -> int
  (* external: "%asrint" *)
  val shift_right : int -> int -> int
  (* external: "%lsrint" *)
  val shift_right_logical : int -> int -> int
  val equal : int -> int -> bool
  val compare : int -> int -> int
  val min : int -> int -> int
  val max : int -> int -> int
  (* external: "%floatofint" *)
  val to_float : int -> float
  (* external: "%intoffloat" *)
  val of_float : float -> int
  val to_string : int -> string
end

module Int32 : sig
  val zero : int32
  val one : int32
  val minus_one : int32
  (* external: "%int32_neg" *)
  val neg : int32 -> int32
  (* external: "%int32_add" *)
  val add : int32 -> int32 -> int32
  (* external: "%int32_sub" *)
  val sub : int32 -> int32 -> int32
  (* external: "%int32_mul" *)
  val mul : int32 -> int32 -> int32
  (* external: "%int32_div" *)
  val div : int32 -> int32 -> int32
  val unsigned_div : int32 -> int32 -> int32
  (* external: "%int32_mod" *)
  val rem : int32 -> int32 -> int32
  val unsigned_rem : int32 -> int32 -> int32
  val succ : int32 -> int32
  val pred : int32 -> int32
  val abs : int32 -> int32
  val max_int : int32
  val min_int : int32
  (* external: "%int32_and" *)
  val logand : int32 -> int32 -> int32
  (* external: "%int32_or" *)
  val logor : int32 -> int32 -> int32
  (* external: "%int32_xor" *)
  val logxor : int32 -> int32 -> int32
  val lognot : int32 -> int32
  (* external: "%int32_lsl" *)
  val shift_left : int32 -> int -> int32
  (* external: "%int32_asr" *)
  val shift_right : int32 -> int -> int32
  (* external: "%int32_lsr" *)
  val shift_right_logical : int32 -> int -> int32
  (* external: "%int32_of_int" *)
  val of_int : int -> int32
  (* external: "%int32_to_int" *)
  val to_int : int32 -> int
  val unsigned_to_int : int32 -> int option
  (* external: "caml_int32_of_float" "caml_int32_of_float_unboxed" [@@unboxed] [@@noalloc] *)
  val of_float : float -> int32
  (* external: "caml_int32_to_float" "caml_int32_to_float_unboxed" [@@unboxed] [@@noalloc] *)
  val to_float : int32 -> float
  (* external: "caml_int32_of_string" *)
  val of_string : string -> int32
  val of_string_opt : string -> int32 option
  val to_string : int32 -> string
  (* external: "caml_int32_bits_of_float" "caml_int32_bits_of_float_unboxed" [@@unboxed] [@@noalloc] *)
  val bits_of_float : float -> int32
  (* external: "caml_int32_float_of_bits" "caml_int32_float_of_bits_unboxed" [@@unboxed] [@@noalloc] *)
  val float_of_bits : int32 -> float
  type t = int32
  val compare : t -> t -> int
  val unsigned_compare : t -> t -> int
  val equal : t -> t -> bool
  val min : t -> t -> t
  val max : t -> t -> t
  (* external: "caml_int32_format" *)
  val format : string -> int32 -> string
end

module Int64 : sig
  val zero : int64
  val one : int64
  val minus_one : int64
  (* external: "%int64_neg" *)
  val neg : int64 -> int64
  (* external: "%int64_add" *)
  val add : int64 -> int64 -> int64
  (* external: "%int64_sub" *)
  val sub : int64 -> int64 -> int64
  (* external: "%int64_mul" *)
  val mul : int64 -> int64 -> int64
  (* external: "%int64_div" *)
  val div : int64 -> int64 -> int64
  val unsigned_div : int64 -> int64 -> int64
  (* external: "%int64_mod" *)
  val rem : int64 -> int64 -> int64
  val unsigned_rem : int64 -> int64 -> int64
  val succ : int64 -> int64
  val pred : int64 -> int64
  val abs : int64 -> int64
  val max_int : int64
  val min_int : int64
  (* external: "%int64_and" *)
  val logand : int64 -> int64 -> int64
  (* external: "%int64_or" *)
  val logor : int64 -> int64 -> int64
  (* external: "%int64_xor" *)
  val logxor : int64 -> int64 -> int64
  val lognot : int64 -> int64
  (* external: "%int64_lsl" *)
  val shift_left : int64 -> int -> int64
  (* external: "%int64_asr" *)
  val shift_right : int64 -> int -> int64
  (* external: "%int64_lsr" *)
  val shift_right_logical : int64 -> int -> int64
  (* external: "%int64_of_int" *)
  val of_int : int -> int64
  (* external: "%int64_to_int" *)
  val to_int : int64 -> int
  val unsigned_to_int : int64 -> int option
  (* external: "caml_int64_of_float" "caml_int64_of_float_unboxed" [@@unboxed] [@@noalloc] *)
  val of_float : float -> int64
  (* external: "caml_int64_to_float" "caml_int64_to_float_unboxed" [@@unboxed] [@@noalloc] *)
  val to_float : int64 -> float
  (* external: "%int64_of_int32" *)
  val of_int32 : int32 -> int64
  (* external: "%int64_to_int32" *)
  val to_int32 : int64 -> int32
  (* external: "%int64_of_nativeint" *)
  val of_nativeint : nativeint -> int64
  (* external: "%int64_to_nativeint" *)
  val to_nativeint : int64 -> nativeint
  (* external: "caml_int64_of_string" *)
  val of_string : string -> int64
  val of_string_opt : string -> int64 option
  val to_string : int64 -> string
  (* external: "caml_int64_bits_of_float" "caml_int64_bits_of_float_unboxed" [@@unboxed] [@@noalloc] *)
  val bits_of_float : float -> int64
  (* external: "caml_int64_float_of_bits" "caml_int64_float_of_bits_unboxed" [@@unboxed] [@@noalloc] *)
  val float_of_bits : int64 -> float
  type t = int64
  val compare : t -> t -> int
  val unsigned_compare : t -> t -> int
  val equal : t -> t -> bool
  val min : t -> t -> t
  val max : t -> t -> t
  (* external: "caml_int64_format" *)
  val format : string -> int64 -> string
end

module Lazy : sig
  type 'a t = 'a CamlinternalLazy.t
  exception Undefined
  (* external: "%lazy_force" *)
  val force : 'a t -> 'a
  val map : ('a -> 'b) -> 'a t -> 'b t
  val is_val : 'a t -> bool
  val from_val : 'a -> 'a t
  val map_val : ('a -> 'b) -> 'a t -> 'b t
  val from_fun : (unit -> 'a) -> 'a t
  val force_val : 'a t -> 'a
  (* deprecated: Use Lazy.from_fun instead. *)
  val lazy_from_fun : (unit -> 'a) -> 'a t
  (* deprecated: Use Lazy.from_val instead. *)
  val lazy_from_val : 'a -> 'a t
  (* deprecated: Use Lazy.is_val instead. *)
  val lazy_is_val : 'a t -> bool
end
module Lexing : sig
  type position = { pos_fname : string; pos_lnum : int; pos_bol : int; pos_cnum : int; }
  val dummy_pos : position
  type lexbuf = { refill_buff : lexbuf -> unit; mutable lex_buffer : bytes; mutable lex_buffer_len : int; mutable lex_abs_pos : int; mutable lex_start_pos : int; mutable lex_curr_pos : int; mutable lex_last_pos : int; mutable lex_last_action : int; mutable lex_eof_reached : bool; mutable lex_mem : int array; mutable lex_start_p : position; mutable lex_curr_p : position; }
  val from_channel : ?with_positions:bool -> in_channel -> lexbuf
  val from_string : ?with_positions:bool -> string -> lexbuf
  val from_function : ?with_positions:bool -> (bytes -> int -> int) -> lexbuf
  val set_position : lexbuf -> position -> unit
  val set_filename : lexbuf -> string -> unit
  val with_positions : lexbuf -> bool
  val lexeme : lexbuf -> string
  val lexeme_char : lexbuf -> int -> char
  val lexeme_start : lexbuf -> int
  val lexeme_end : lexbuf -> int
  val lexeme_start_p : lexbuf -> position
  val lexeme_end_p : lexbuf -> position
  val new_line : lexbuf -> unit
  val flush_input : lexbuf -> unit
  val sub_lexeme : lexbuf -> int -> int -> string
  val sub_lexeme_opt : lexbuf -> int -> int -> string option
  val sub_lexeme_char : lexbuf -> int -> char
  val sub_lexeme_char_opt : lexbuf -> int -> char option
  type lex_tables = { lex_base : string; lex_backtrk : string; lex_default : string; lex_trans : string; lex_check : string; lex_base_code : string; lex_backtrk_code : string; lex_default_code : string; lex_trans_code : string; lex_check_code : string; lex_code : string; }
  val engine : lex_tables -> int -> lexbuf -> int
  val new_engine : lex_tables -> int -> lexbuf -> int
end

module List : sig
  type 'a t = 'a list = [] | (::) of 'a * 'a list
  val length : 'a list -> int
  val compare_lengths : 'a list -> 'b list -> int
  val compare_length_with : 'a list -> int -> int
  val cons : 'a -> 'a list -> 'a list
  val hd : 'a list -> 'a
  val tl : 'a list -> 'a list
  val nth : 'a list -> int -> 'a
  val nth_opt : 'a list -> int -> 'a option
  val rev : 'a list -> 'a list
  val init : int -> (int -> 'a) -> 'a list
  val append : 'a list -> 'a list -> 'a list
  val rev_append : 'a list -> 'a list -> 'a list
  val concat : 'a list list -> 'a list
  val flatten : 'a list list -> 'a list
  val equal : ('a -> 'a -> bool) -> 'a list -> 'a list -> bool
  val compare : ('a -> 'a -> int) -> 'a list -> 'a list -> int
  val iter : ('a -> unit) -> 'a list -> unit
  val iteri : (int -> 'a -> unit) -> 'a list -> unit
  val map : ('a -> 'b) -> 'a list -> 'b list
  val mapi : (int -> 'a -> 'b) -> 'a list -> 'b list
  val rev_map : ('a -> 'b) -> 'a list -> 'b list
  val filter_map : ('a -> 'b option) -> 'a list -> 'b list
  val concat_map : ('a -> 'b list) -> 'a list -> 'b list
  val fold_left_map : ('a -> 'b -> 'a * 'c) -> 'a -> 'b list -> 'a * 'c list
  val fold_left : ('a -> 'b -> 'a) -> 'a -> 'b list -> 'a
  val fold_right : ('a -> 'b -> 'b) -> 'a list -> 'b -> 'b
  val iter2 : ('a -> 'b -> unit) -> 'a list -> 'b list -> unit
  val map2 : ('a -> 'b -> 'c) -> 'a list -> 'b list -> 'c list
  val rev_map2 : ('a -> 'b -> 'c) -> 'a list -> 'b list -> 'c list
  val fold_left2 : ('a -> 'b -> 'c -> 'a) -> 'a -> 'b list -> 'c list -> 'a
  val fold_right2 : ('a -> 'b -> 'c -> 'c) -> 'a list -> 'b list -> 'c -> 'c
  val for_all : ('a -> bool) -> 'a list -> bool
  val exists : ('a -> bool) -> 'a list -> bool
  val for_all2 : ('a -> 'b -> bool) -> 'a list -> 'b list -> bool
  val exists2 : ('a -> 'b -> bool) -> 'a list -> 'b list -> bool
  val mem : 'a -> 'a list -> bool
  val memq : 'a -> 'a list -> bool
  val find : ('a -> bool) -> 'a list -> 'a
  val find_opt : ('a -> bool) -> 'a list -> 'a option
  val find_map : ('a -> 'b option) -> 'a list -> 'b option
  val filter : ('a -> bool) -> 'a list -> 'a list
  val find_all : ('a -> bool) -> 'a list -> 'a list
  val filteri : (int -> 'a -> bool) -> 'a list -> 'a list
  val partition : ('a -> bool) -> 'a list -> 'a list * 'a list
  val partition_map : ('a -> ('b, 'c) Either.t) -> 'a list -> 'b list * 'c list
  val assoc : 'a -> ('a * 'b) list -> 'b
  val assoc_opt : 'a -> ('a * 'b) list -> 'b option
  val assq : 'a -> ('a * 'b) list -> 'b
  val assq_opt : 'a -> ('a * 'b) list -> 'b option
  val mem_assoc : 'a -> ('a * 'b) list -> bool
  val mem_assq : 'a -> ('a * 'b) list -> bool
  val remove_assoc : 'a -> ('a * 'b) list -> ('a * 'b) list
  val remove_assq : 'a -> ('a * 'b) list -> ('a * 'b) list
  val split : ('a * 'b) list -> 'a list * 'b list
  val combine : 'a list -> 'b list -> ('a * 'b) list
  val sort : ('a -> 'a -> int) -> 'a list -> 'a list
  val stable_sort : ('a -> 'a -> int) -> 'a list -> 'a list
  val fast_sort : ('a -> 'a -> int) -> 'a list -> 'a list
  val sort_uniq : ('a -> 'a -> int) -> 'a list -> 'a list
  val merge : ('a -> 'a -> int) -> 'a list -> 'a list -> 'a list
  val to_seq : 'a list -> 'a Seq.t
  val of_seq : 'a Seq.t -> 'a list
end

module ListLabels : sig
  type 'a t = 'a list = [] | (::) of 'a * 'a list
  val length : 'a list -> int
  val compare_lengths : 'a list -> 'b list -> int
  val compare_length_with : 'a list -> len:int -> int
  val cons : 'a -> 'a list -> 'a list
  val hd : 'a list -> 'a
  val tl : 'a list -> 'a list
  val nth : 'a list -> int -> 'a
  val nth_opt : 'a list -> int -> 'a option
  val rev : 'a list -> 'a list
  val init : len:int -> f:(int -> 'a) -> 'a list
  val append : 'a list -> 'a list -> 'a list
  val rev_append : 'a list -> 'a list -> 'a list
  val concat : 'a list list -> 'a list
  val flatten : 'a list list -> 'a list
  val equal : eq:('a -> 'a -> bool) -> 'a list -> 'a list -> bool
  val compare : cmp:('a -> 'a -> int) -> 'a list -> 'a list -> int
  val iter : f:('a -> unit) -> 'a list -> unit
  val iteri : f:(int -> 'a -> unit) -> 'a list -> unit
  val map : f:('a -> 'b) -> 'a list -> 'b list
  val mapi : f:(int -> 'a -> 'b) -> 'a list -> 'b list
  val rev_map : f:('a -> 'b) -> 'a list -> 'b list
  val filter_map : f:('a -> 'b option) -> 'a list -> 'b list
  val concat_map : f:('a -> 'b list) -> 'a list -> 'b list
  val fold_left_map : f:('a -> 'b -> 'a * 'c) -> init:'a -> 'b list -> 'a * 'c list
  val fold_left : f:('a -> 'b -> 'a) -> init:'a -> 'b list -> 'a
  val fold_right : f:('a -> 'b -> 'b) -> 'a list -> init:'b -> 'b
  val iter2 : f:('a -> 'b -> unit) -> 'a list -> 'b list -> unit
  val map2 : f:('a -> 'b -> 'c) -> 'a list -> 'b list -> 'c list
  val rev_map2 : f:('a -> 'b -> 'c) -> 'a list -> 'b list -> 'c list
  val fold_left2 : f:('a -> 'b -> 'c -> 'a) -> init:'a -> 'b list -> 'c list -> 'a
  val fold_right2 : f:('a -> 'b -> 'c -> 'c) -> 'a list -> 'b list -> init:'c -> 'c
  val for_all : f:('a -> bool) -> 'a list -> bool
  val exists : f:('a -> bool) -> 'a list -> bool
  val for_all2 : f:('a -> 'b -> bool) -> 'a list -> 'b list -> bool
  val exists2 : f:('a -> 'b -> bool) -> 'a list -> 'b list -> bool
  val mem : 'a -> set:'a list -> bool
  val memq : 'a -> set:'a list -> bool
  val find : f:('a -> bool) -> 'a list -> 'a
  val find_opt : f:('a -> bool) -> 'a list -> 'a option
  val find_map : f:('a -> 'b option) -> 'a list -> 'b option
  val filter : f:('a -> bool) -> 'a list -> 'a list
  val find_all : f:('a -> bool) -> 'a list -> 'a list
  val filteri : f:(int -> 'a -> bool) -> 'a list -> 'a list
  val partition : f:('a -> bool) -> 'a list -> 'a list * 'a list
  val partition_map : f:('a -> ('b, 'c) Either.t) -> 'a list -> 'b list * 'c list
  val assoc : 'a -> ('a * 'b) list -> 'b
  val assoc_opt : 'a -> ('a * 'b) list -> 'b option
  val assq : 'a -> ('a * 'b) list -> 'b
  val assq_opt : 'a -> ('a * 'b) list -> 'b option
  val mem_assoc : 'a -> map:('a * 'b) list -> bool
  val mem_assq : 'a -> map:('a * 'b) list -> bool
  val remove_assoc : 'a -> ('a * 'b) list -> ('a * 'b) list
  val remove_assq : 'a -> ('a * 'b) list -> ('a * 'b) list
  val split : ('a * 'b) list -> 'a list * 'b list
  val combine : 'a list -> 'b list -> ('a * 'b) list
  val sort : cmp:('a -> 'a -> int) -> 'a list -> 'a list
  val stable_sort : cmp:('a -> 'a -> int) -> 'a list -> 'a list
  val fast_sort : cmp:('a -> 'a -> int) -> 'a list -> 'a list
  val sort_uniq : cmp:('a -> 'a -> int) -> 'a list -> 'a list
  val merge : cmp:('a -> 'a -> int) -> 'a list -> 'a list -> 'a list
  val to_seq : 'a list -> 'a Seq.t
  val of_seq : 'a Seq.t -> 'a list
end
module Map : sig
  module type OrderedType = sig
    (* declared: File "map.mli", line 51, characters 4-10 *)
    type t
    (* declared: File "map.mli", line 54, characters 4-31 *)
    val compare : t -> t -> int
  end
  module type S = sig
    (* declared: File "map.mli", line 67, characters 4-12 *)
    type key
    (* variance: +! *)
    (* declared: File "map.mli", line 70, characters 4-15 *)
    type 'a t
    (* declared: File "map.mli", line 73, characters 4-19 *)
    val empty : 'a t
    (* declared: File "map.mli", line 76, characters 4-30 *)
    val is_empty : 'a t -> bool
    (* declared: File "map.mli", line 79, characters 4-32 *)
    val mem : key -> 'a t -> bool
    (* declared: File "map.mli", line 83, characters 4-38 *)
    val add : key -> 'a -> 'a t -> 'a t
    (* declared: File "map.mli", line 92, characters 4-63 *)
    val update : key -> ('a option -> 'a option) -> 'a t -> 'a t
    (* declared: File "map.mli", line 105, characters 4-36 *)
    val singleton : key -> 'a -> 'a t
    (* declared: File "map.mli", line 111, characters 4-35 *)
    val remove : key -> 'a t -> 'a t
    (* declared: File "map.mli", lines 118-120, characters 4-29 *)
    val merge : (key -> 'a option -> 'b option -> 'c option) -> 'a t -> 'b t -> 'c t
    (* declared: File "map.mli", line 130, characters 4-69 *)
    val union : (key -> 'a -> 'a -> 'a option) -> 'a t -> 'a t -> 'a t
    (* declared: File "map.mli", line 144, characters 4-57 *)
    val compare : ('a -> 'a -> int) -> 'a t -> 'a t -> int
    (* declared: File "map.mli", line 148, characters 4-57 *)
    val equal : ('a -> 'a -> bool) -> 'a t -> 'a t -> bool
    (* declared: File "map.mli", line 154, characters 4-49 *)
    val iter : (key -> 'a -> unit) -> 'a t -> unit
    (* declared: File "map.mli", line 160, characters 4-57 *)
    val fold : (key -> 'a -> 'b -> 'b) -> 'a t -> 'b -> 'b
    (* declared: File "map.mli", line 165, characters 4-52 *)
    val for_all : (key -> 'a -> bool) -> 'a t -> bool
    (* declared: File "map.mli", line 171, characters 4-51 *)
    val exists : (key -> 'a -> bool) -> 'a t -> bool
    (* declared: File "map.mli", line 177, characters 4-51 *)
    val filter : (key -> 'a -> bool) -> 'a t -> 'a t
    (* declared: File "map.mli", line 186, characters 4-60 *)
    val filter_map : (key -> 'a -> 'b option) -> 'a t -> 'b t
    (* declared: File "map.mli", line 206, characters 4-61 *)
    val partition : (key -> 'a -> bool) -> 'a t -> 'a t * 'a t
    (* declared: File "map.mli", line 214, characters 4-29 *)
    val cardinal : 'a t -> int
    (* declared: File "map.mli", line 219, characters 4-41 *)
    val bindings : 'a t -> (key * 'a) list
    (* declared: File "map.mli", line 227, characters 4-39 *)
    val min_binding : 'a t -> key * 'a
    (* declared: File "map.mli", line 234, characters 4-50 *)
    val min_binding_opt : 'a t -> (key * 'a) option
    (* declared: File "map.mli", line 241, characters 4-39 *)
    val max_binding : 'a t -> key * 'a
    (* declared: File "map.mli", line 247, characters 4-50 *)
    val max_binding_opt : 'a t -> (key * 'a) option
    (* declared: File "map.mli", line 253, characters 4-34 *)
    val choose : 'a t -> key * 'a
    (* declared: File "map.mli", line 260, characters 4-45 *)
    val choose_opt : 'a t -> (key * 'a) option
    (* declared: File "map.mli", line 267, characters 4-53 *)
    val split : key -> 'a t -> 'a t * 'a option * 'a t
    (* declared: File "map.mli", line 278, characters 4-31 *)
    val find : key -> 'a t -> 'a
    (* declared: File "map.mli", line 282, characters 4-42 *)
    val find_opt : key -> 'a t -> 'a option
    (* declared: File "map.mli", line 288, characters 4-53 *)
    val find_first : (key -> bool) -> 'a t -> key * 'a
    (* declared: File "map.mli", line 301, characters 4-66 *)
    val find_first_opt : (key -> bool) -> 'a t -> (key * 'a) option
    (* declared: File "map.mli", line 308, characters 4-52 *)
    val find_last : (key -> bool) -> 'a t -> key * 'a
    (* declared: File "map.mli", line 315, characters 4-65 *)
    val find_last_opt : (key -> bool) -> 'a t -> (key * 'a) option
    (* declared: File "map.mli", line 323, characters 4-39 *)
    val map : ('a -> 'b) -> 'a t -> 'b t
    (* declared: File "map.mli", line 330, characters 4-47 *)
    val mapi : (key -> 'a -> 'b) -> 'a t -> 'b t
    (* declared: File "map.mli", line 336, characters 4-41 *)
    val to_seq : 'a t -> (key * 'a) Seq.t
    (* declared: File "map.mli", line 340, characters 4-45 *)
    val to_rev_seq : 'a t -> (key * 'a) Seq.t
    (* declared: File "map.mli", line 344, characters 4-53 *)
    val to_seq_from : key -> 'a t -> (key * 'a) Seq.t
    (* declared: File "map.mli", line 349, characters 4-50 *)
    val add_seq : (key * 'a) Seq.t -> 'a t -> 'a t
    (* declared: File "map.mli", line 353, characters 4-41 *)
    val of_seq : (key * 'a) Seq.t -> 'a t
  end
  (* functor: Map.OrderedType; its parameter first, then the types, then the values *)
  module Make : sig
    module Ord : sig
      (* declared: File "map.mli", line 51, characters 4-10 *)
      type t
      (* declared: File "map.mli", line 54, characters 4-31 *)
      val compare : t -> t -> int
    end
    type key = Ord.t
    (* variance: +! *)
    type 'a t
    val empty : 'a t
    val is_empty : 'a t -> bool
    val mem : key -> 'a t -> bool
    val add : key -> 'a -> 'a t -> 'a t
    val update : key -> ('a option -> 'a option) -> 'a t -> 'a t
    val singleton : key -> 'a -> 'a t
    val remove : key -> 'a t -> 'a t
    val merge : (key -> 'a option -> 'b option -> 'c option) -> 'a t -> 'b t -> 'c t
    val union : (key -> 'a -> 'a -> 'a option) -> 'a t -> 'a t -> 'a t
    val compare : ('a -> 'a -> int) -> 'a t -> 'a t -> int
    val equal : ('a -> 'a -> bool) -> 'a t -> 'a t -> bool
    val iter : (key -> 'a -> unit) -> 'a t -> unit
    val fold : (key -> 'a -> 'b -> 'b) -> 'a t -> 'b -> 'b
    val for_all : (key -> 'a -> bool) -> 'a t -> bool
    val exists : (key -> 'a -> bool) -> 'a t -> bool
    val filter : (key -> 'a -> bool) -> 'a t -> 'a t
    val filter_map : (key -> 'a -> 'b option) -> 'a t -> 'b t
    val partition : (key -> 'a -> bool) -> 'a t -> 'a t * 'a t
    val cardinal : 'a t -> int
    val bindings : 'a t -> (key * 'a) list
    val min_binding : 'a t -> key * 'a
    val min_binding_opt : 'a t -> (key * 'a) option
    val max_binding : 'a t -> key * 'a
    val max_binding_opt : 'a t -> (key * 'a) option
    val choose : 'a t -> key * 'a
    val choose_opt : 'a t -> (key * 'a) option
    val split : key -> 'a t -> 'a t * 'a option * 'a t
    val find : key -> 'a t -> 'a
    val find_opt : key -> 'a t -> 'a option
    val find_first : (key -> bool) -> 'a t -> key * 'a
    val find_first_opt : (key -> bool) -> 'a t -> (key * 'a) option
    val find_last : (key -> bool) -> 'a t -> key * 'a
    val find_last_opt : (key -> bool) -> 'a t -> (key * 'a) option
    val map : ('a -> 'b) -> 'a t -> 'b t
    val mapi : (key -> 'a -> 'b) -> 'a t -> 'b t
    val to_seq : 'a t -> (key * 'a) Seq.t
    val to_rev_seq : 'a t -> (key * 'a) Seq.t
    val to_seq_from : key -> 'a t -> (key * 'a) Seq.t
    val add_seq : (key * 'a) Seq.t -> 'a t -> 'a t
    val of_seq : (key * 'a) Seq.t -> 'a t
  end
end
module Marshal : sig
  type extern_flags = No_sharing | Closures | Compat_32
  val to_channel : out_channel -> 'a -> extern_flags list -> unit
  (* external: "caml_output_value_to_bytes" *)
  val to_bytes : 'a -> extern_flags list -> bytes
  (* external: "caml_output_value_to_string" *)
  val to_string : 'a -> extern_flags list -> string
  val to_buffer : bytes -> int -> int -> 'a -> extern_flags list -> int
  val from_channel : in_channel -> 'a
  val from_bytes : bytes -> int -> 'a
  val from_string : string -> int -> 'a
  val header_size : int
  val data_size : bytes -> int -> int
  val total_size : bytes -> int -> int
end
(* outside the subset: present so that names resolve and spelling hints match OCaml *)
module MoreLabels : sig end

module Nativeint : sig
  val zero : nativeint
  val one : nativeint
  val minus_one : nativeint
  (* external: "%nativeint_neg" *)
  val neg : nativeint -> nativeint
  (* external: "%nativeint_add" *)
  val add : nativeint -> nativeint -> nativeint
  (* external: "%nativeint_sub" *)
  val sub : nativeint -> nativeint -> nativeint
  (* external: "%nativeint_mul" *)
  val mul : nativeint -> nativeint -> nativeint
  (* external: "%nativeint_div" *)
  val div : nativeint -> nativeint -> nativeint
  val unsigned_div : nativeint -> nativeint -> nativeint
  (* external: "%nativeint_mod" *)
  val rem : nativeint -> nativeint -> nativeint
  val unsigned_rem : nativeint -> nativeint -> nativeint
  val succ : nativeint -> nativeint
  val pred : nativeint -> nativeint
  val abs : nativeint -> nativeint
  val size : int
  val max_int : nativeint
  val min_int : nativeint
  (* external: "%nativeint_and" *)
  val logand : nativeint -> nativeint -> nativeint
  (* external: "%nativeint_or" *)
  val logor : nativeint -> nativeint -> nativeint
  (* external: "%nativeint_xor" *)
  val logxor : nativeint -> nativeint -> nativeint
  val lognot : nativeint -> nativeint
  (* external: "%nativeint_lsl" *)
  val shift_left : nativeint -> int -> nativeint
  (* external: "%nativeint_asr" *)
  val shift_right : nativeint -> int -> nativeint
  (* external: "%nativeint_lsr" *)
  val shift_right_logical : nativeint -> int -> nativeint
  (* external: "%nativeint_of_int" *)
  val of_int : int -> nativeint
  (* external: "%nativeint_to_int" *)
  val to_int : nativeint -> int
  val unsigned_to_int : nativeint -> int option
  (* external: "caml_nativeint_of_float" "caml_nativeint_of_float_unboxed" [@@unboxed] [@@noalloc] *)
  val of_float : float -> nativeint
  (* external: "caml_nativeint_to_float" "caml_nativeint_to_float_unboxed" [@@unboxed] [@@noalloc] *)
  val to_float : nativeint -> float
  (* external: "%nativeint_of_int32" *)
  val of_int32 : int32 -> nativeint
  (* external: "%nativeint_to_int32" *)
  val to_int32 : nativeint -> int32
  (* external: "caml_nativeint_of_string" *)
  val of_string : string -> nativeint
  val of_string_opt : string -> nativeint option
  val to_string : nativeint -> string
  type t = nativeint
  val compare : t -> t -> int
  val unsigned_compare : t -> t -> int
  val equal : t -> t -> bool
  val min : t -> t -> t
  val max : t -> t -> t
  (* external: "caml_nativeint_format" *)
  val format : string -> nativeint -> string
end

module Obj : sig
  type t
  type raw_data = nativeint
  (* external: "%identity" *)
  val repr : 'a -> t
  (* external: "%identity" *)
  val obj : t -> 'a
  (* external: "%identity" *)
  val magic : 'a -> 'b
  val is_block : t -> bool
  (* external: "%obj_is_int" *)
  val is_int : t -> bool
  (* external: "caml_obj_tag" [@@noalloc] *)
  val tag : t -> int
  (* external: "%obj_size" *)
  val size : t -> int
  (* external: "caml_obj_reachable_words" *)
  val reachable_words : t -> int
  (* external: "%obj_field" *)
  val field : t -> int -> t
  (* external: "%obj_set_field" *)
  val set_field : t -> int -> t -> unit
  (* deprecated: Use with_tag instead. *)
  (* external: "caml_obj_set_tag" *)
  val set_tag : t -> int -> unit
  val double_field : t -> int -> float
  val set_double_field : t -> int -> float -> unit
  (* external: "caml_obj_raw_field" *)
  val raw_field : t -> int -> raw_data
  (* external: "caml_obj_set_raw_field" *)
  val set_raw_field : t -> int -> raw_data -> unit
  (* external: "caml_obj_block" *)
  val new_block : int -> int -> t
  (* external: "caml_obj_dup" *)
  val dup : t -> t
  (* deprecated *)
  (* external: "caml_obj_truncate" *)
  val truncate : t -> int -> unit
  (* external: "caml_obj_add_offset" *)
  val add_offset : t -> Int32.t -> t
  (* external: "caml_obj_with_tag" *)
  val with_tag : int -> t -> t
  val first_non_constant_constructor_tag : int
  val last_non_constant_constructor_tag : int
  val lazy_tag : int
  val closure_tag : int
  val object_tag : int
  val infix_tag : int
  val forward_tag : int
  val no_scan_tag : int
  val abstract_tag : int
  val string_tag : int
  val double_tag : int
  val double_array_tag : int
  val custom_tag : int
  (* deprecated: Replaced by custom_tag. *)
  val final_tag : int
  val int_tag : int
  val out_of_heap_tag : int
  val unaligned_tag : int
  module Closure : sig
    type info = { arity : int; start_env : int; }
    val info : t -> info
  end
  module Extension_constructor : sig
    type t = extension_constructor
    val of_val : 'a -> t
    val name : t -> string
    val id : t -> int
  end
  (* deprecated: use Obj.Extension_constructor.of_val *)
  val extension_constructor : 'a -> extension_constructor
  (* deprecated: use Obj.Extension_constructor.name *)
  val extension_name : extension_constructor -> string
  (* deprecated: use Obj.Extension_constructor.id *)
  val extension_id : extension_constructor -> int
  (* deprecated: Use Marshal.to_bytes instead. *)
  val marshal : t -> bytes
  (* deprecated: Use Marshal.from_bytes and Marshal.total_size instead. *)
  val unmarshal : bytes -> int -> t * int
  module Ephemeron : sig
    type obj_t = t
    type t
    val create : int -> t
    val length : t -> int
    val get_key : t -> int -> obj_t option
    val get_key_copy : t -> int -> obj_t option
    val set_key : t -> int -> obj_t -> unit
    val unset_key : t -> int -> unit
    val check_key : t -> int -> bool
    val blit_key : t -> int -> t -> int -> int -> unit
    val get_data : t -> obj_t option
    val get_data_copy : t -> obj_t option
    val set_data : t -> obj_t -> unit
    val unset_data : t -> unit
    val check_data : t -> bool
    val blit_data : t -> t -> unit
    val max_ephe_length : int
  end
end
(* outside the subset: present so that names resolve and spelling hints match OCaml *)
module Oo : sig end

module Option : sig
  type 'a t = 'a option = None | Some of 'a
  val none : 'a option
  val some : 'a -> 'a option
  val value : 'a option -> default:'a -> 'a
  val get : 'a option -> 'a
  val bind : 'a option -> ('a -> 'b option) -> 'b option
  val join : 'a option option -> 'a option
  val map : ('a -> 'b) -> 'a option -> 'b option
  val fold : none:'a -> some:('b -> 'a) -> 'b option -> 'a
  val iter : ('a -> unit) -> 'a option -> unit
  val is_none : 'a option -> bool
  val is_some : 'a option -> bool
  val equal : ('a -> 'a -> bool) -> 'a option -> 'a option -> bool
  val compare : ('a -> 'a -> int) -> 'a option -> 'a option -> int
  val to_result : none:'e -> 'a option -> ('a, 'e) result
  val to_list : 'a option -> 'a list
  val to_seq : 'a option -> 'a Seq.t
end

module Parsing : sig
  val symbol_start : unit -> int
  val symbol_end : unit -> int
  val rhs_start : int -> int
  val rhs_end : int -> int
  val symbol_start_pos : unit -> Lexing.position
  val symbol_end_pos : unit -> Lexing.position
  val rhs_start_pos : int -> Lexing.position
  val rhs_end_pos : int -> Lexing.position
  val clear_parser : unit -> unit
  exception Parse_error
  val set_trace : bool -> bool
  type parser_env
  type parse_tables = { actions : (parser_env -> Obj.t) array; transl_const : int array; transl_block : int array; lhs : string; len : string; defred : string; dgoto : string; sindex : string; rindex : string; gindex : string; tablesize : int; table : string; check : string; error_function : string -> unit; names_const : string; names_block : string; }
  exception YYexit of Obj.t
  val yyparse : parse_tables -> int -> (Lexing.lexbuf -> 'a) -> Lexing.lexbuf -> 'b
  val peek_val : parser_env -> int -> 'a
  val is_current_lookahead : 'a -> bool
  val parse_error : string -> unit
end
(* deprecated: Use Stdlib instead.\n\nIf you need to stay compatible with OCaml < 4.07, you can use the \nstdlib-shims library: https://github.com/ocaml/stdlib-shims *)
module Pervasives : sig
  (* external: "%raise" *)
  val raise : exn -> 'a
  (* external: "%raise_notrace" *)
  val raise_notrace : exn -> 'a
  val invalid_arg : string -> 'a
  val failwith : string -> 'a
  exception Exit
  (* external: "%equal" *)
  val ( = ) : 'a -> 'a -> bool
  (* external: "%notequal" *)
  val ( <> ) : 'a -> 'a -> bool
  (* external: "%lessthan" *)
  val ( < ) : 'a -> 'a -> bool
  (* external: "%greaterthan" *)
  val ( > ) : 'a -> 'a -> bool
  (* external: "%lessequal" *)
  val ( <= ) : 'a -> 'a -> bool
  (* external: "%greaterequal" *)
  val ( >= ) : 'a -> 'a -> bool
  (* external: "%compare" *)
  val compare : 'a -> 'a -> int
  val min : 'a -> 'a -> 'a
  val max : 'a -> 'a -> 'a
  (* external: "%eq" *)
  val ( == ) : 'a -> 'a -> bool
  (* external: "%noteq" *)
  val ( != ) : 'a -> 'a -> bool
  (* external: "%boolnot" *)
  val not : bool -> bool
  (* external: "%sequand" *)
  val ( && ) : bool -> bool -> bool
  (* deprecated: Use (&&) instead. *)
  (* external: "%sequand" *)
  val ( & ) : bool -> bool -> bool
  (* external: "%sequor" *)
  val ( || ) : bool -> bool -> bool
  (* deprecated: Use (||) instead. *)
  (* external: "%sequor" *)
  val ( or ) : bool -> bool -> bool
  (* external: "%loc_LOC" *)
  val __LOC__ : string
  (* external: "%loc_FILE" *)
  val __FILE__ : string
  (* external: "%loc_LINE" *)
  val __LINE__ : int
  (* external: "%loc_MODULE" *)
  val __MODULE__ : string
  (* external: "%loc_POS" *)
  val __POS__ : string * int * int * int
  (* external: "%loc_LOC" *)
  val __LOC_OF__ : 'a -> string * 'a
  (* external: "%loc_LINE" *)
  val __LINE_OF__ : 'a -> int * 'a
  (* external: "%loc_POS" *)
  val __POS_OF__ : 'a -> (string * int * int * int) * 'a
  (* external: "%revapply" *)
  val ( |> ) : 'a -> ('a -> 'b) -> 'b
  (* external: "%apply" *)
  val ( @@ ) : ('a -> 'b) -> 'a -> 'b
  (* external: "%negint" *)
  val ( ~- ) : int -> int
  (* external: "%identity" *)
  val ( ~+ ) : int -> int
  (* external: "%succint" *)
  val succ : int -> int
  (* external: "%predint" *)
  val pred : int -> int
  (* external: "%addint" *)
  val ( + ) : int -> int -> int
  (* external: "%subint" *)
  val ( - ) : int -> int -> int
  (* external: "%mulint" *)
  val ( * ) : int -> int -> int
  (* external: "%divint" *)
  val ( / ) : int -> int -> int
  (* external: "%modint" *)
  val ( mod ) : int -> int -> int
  val abs : int -> int
  val max_int : int
  val min_int : int
  (* external: "%andint" *)
  val ( land ) : int -> int -> int
  (* external: "%orint" *)
  val ( lor ) : int -> int -> int
  (* external: "%xorint" *)
  val ( lxor ) : int -> int -> int
  val lnot : int -> int
  (* external: "%lslint" *)
  val ( lsl ) : int -> int -> int
  (* external: "%lsrint" *)
  val ( lsr ) : int -> int -> int
  (* external: "%asrint" *)
  val ( asr ) : int -> int -> int
  (* external: "%negfloat" *)
  val ( ~-. ) : float -> float
  (* external: "%identity" *)
  val ( ~+. ) : float -> float
  (* external: "%addfloat" *)
  val ( +. ) : float -> float -> float
  (* external: "%subfloat" *)
  val ( -. ) : float -> float -> float
  (* external: "%mulfloat" *)
  val ( *. ) : float -> float -> float
  (* external: "%divfloat" *)
  val ( /. ) : float -> float -> float
  (* external: "caml_power_float" "pow" [@@unboxed] [@@noalloc] *)
  val ( ** ) : float -> float -> float
  (* external: "caml_sqrt_float" "sqrt" [@@unboxed] [@@noalloc] *)
  val sqrt : float -> float
  (* external: "caml_exp_float" "exp" [@@unboxed] [@@noalloc] *)
  val exp : float -> float
  (* external: "caml_log_float" "log" [@@unboxed] [@@noalloc] *)
  val log : float -> float
  (* external: "caml_log10_float" "log10" [@@unboxed] [@@noalloc] *)
  val log10 : float -> float
  (* external: "caml_expm1_float" "caml_expm1" [@@unboxed] [@@noalloc] *)
  val expm1 : float -> float
  (* external: "caml_log1p_float" "caml_log1p" [@@unboxed] [@@noalloc] *)
  val log1p : float -> float
  (* external: "caml_cos_float" "cos" [@@unboxed] [@@noalloc] *)
  val cos : float -> float
  (* external: "caml_sin_float" "sin" [@@unboxed] [@@noalloc] *)
  val sin : float -> float
  (* external: "caml_tan_float" "tan" [@@unboxed] [@@noalloc] *)
  val tan : float -> float
  (* external: "caml_acos_float" "acos" [@@unboxed] [@@noalloc] *)
  val acos : float -> float
  (* external: "caml_asin_float" "asin" [@@unboxed] [@@noalloc] *)
  val asin : float -> float
  (* external: "caml_atan_float" "atan" [@@unboxed] [@@noalloc] *)
  val atan : float -> float
  (* external: "caml_atan2_float" "atan2" [@@unboxed] [@@noalloc] *)
  val atan2 : float -> float -> float
  (* external: "caml_hypot_float" "caml_hypot" [@@unboxed] [@@noalloc] *)
  val hypot : float -> float -> float
  (* external: "caml_cosh_float" "cosh" [@@unboxed] [@@noalloc] *)
  val cosh : float -> float
  (* external: "caml_sinh_float" "sinh" [@@unboxed] [@@noalloc] *)
  val sinh : float -> float
  (* external: "caml_tanh_float" "tanh" [@@unboxed] [@@noalloc] *)
  val tanh : float -> float
  (* external: "caml_ceil_float" "ceil" [@@unboxed] [@@noalloc] *)
  val ceil : float -> float
  (* external: "caml_floor_float" "floor" [@@unboxed] [@@noalloc] *)
  val floor : float -> float
  (* external: "%absfloat" *)
  val abs_float : float -> float
  (* external: "caml_copysign_float" "caml_copysign" [@@unboxed] [@@noalloc] *)
  val copysign : float -> float -> float
  (* external: "caml_fmod_float" "fmod" [@@unboxed] [@@noalloc] *)
  val mod_float : float -> float -> float
  (* external: "caml_frexp_float" *)
  val frexp : float -> float * int
  (* external: "caml_ldexp_float" "caml_ldexp_float_unboxed" [@@noalloc] [@reprs unboxed untagged unboxed] *)
  val ldexp : float -> int -> float
  (* external: "caml_modf_float" *)
  val modf : float -> float * float
  (* external: "%floatofint" *)
  val float : int -> float
  (* external: "%floatofint" *)
  val float_of_int : int -> float
  (* external: "%intoffloat" *)
  val truncate : float -> int
  (* external: "%intoffloat" *)
  val int_of_float : float -> int
  val infinity : float
  val neg_infinity : float
  val nan : float
  val max_float : float
  val min_float : float
  val epsilon_float : float
  type fpclass = Stdlib.fpclass = FP_normal | FP_subnormal | FP_zero | FP_infinite | FP_nan
  (* external: "caml_classify_float" "caml_classify_float_unboxed" [@@noalloc] [@reprs unboxed same] *)
  val classify_float : float -> fpclass
  val ( ^ ) : string -> string -> string
  (* external: "%identity" *)
  val int_of_char : char -> int
  val char_of_int : int -> char
  (* external: "%ignore" *)
  val ignore : 'a -> unit
  val string_of_bool : bool -> string
  val bool_of_string : string -> bool
  val bool_of_string_opt : string -> bool option
  val string_of_int : int -> string
  (* external: "caml_int_of_string" *)
  val int_of_string : string -> int
  val int_of_string_opt : string -> int option
  val string_of_float : float -> string
  (* external: "caml_float_of_string" *)
  val float_of_string : string -> float
  val float_of_string_opt : string -> float option
  (* external: "%field0" *)
  val fst : 'a * 'b -> 'a
  (* external: "%field1" *)
  val snd : 'a * 'b -> 'b
  val ( @ ) : 'a list -> 'a list -> 'a list
  type in_channel = Stdlib.in_channel
  type out_channel = Stdlib.out_channel
  val stdin : Stdlib.in_channel
  val stdout : Stdlib.out_channel
  val stderr : Stdlib.out_channel
  val print_char : char -> unit
  val print_string : string -> unit
  val print_bytes : bytes -> unit
  val print_int : int -> unit
  val print_float : float -> unit
  val print_endline : string -> unit
  val print_newline : unit -> unit
  val prerr_char : char -> unit
  val prerr_string : string -> unit
  val prerr_bytes : bytes -> unit
  val prerr_int : int -> unit
  val prerr_float : float -> unit
  val prerr_endline : string -> unit
  val prerr_newline : unit -> unit
  val read_line : unit -> string
  val read_int : unit -> int
  val read_int_opt : unit -> int option
  val read_float : unit -> float
  val read_float_opt : unit -> float option
  type open_flag = Stdlib.open_flag = Open_rdonly | Open_wronly | Open_append | Open_creat | Open_trunc | Open_excl | Open_binary | Open_text | Open_nonblock
  val open_out : string -> Stdlib.out_channel
  val open_out_bin : string -> Stdlib.out_channel
  val open_out_gen : Stdlib.open_flag list -> int -> string -> Stdlib.out_channel
  val flush : Stdlib.out_channel -> unit
  val flush_all : unit -> unit
  val output_char : Stdlib.out_channel -> char -> unit
  val output_string : Stdlib.out_channel -> string -> unit
  val output_bytes : Stdlib.out_channel -> bytes -> unit
  val output : Stdlib.out_channel -> bytes -> int -> int -> unit
  val output_substring : Stdlib.out_channel -> string -> int -> int -> unit
  val output_byte : Stdlib.out_channel -> int -> unit
  val output_binary_int : Stdlib.out_channel -> int -> unit
  val output_value : Stdlib.out_channel -> 'a -> unit
  val seek_out : Stdlib.out_channel -> int -> unit
  val pos_out : Stdlib.out_channel -> int
  val out_channel_length : Stdlib.out_channel -> int
  val close_out : Stdlib.out_channel -> unit
  val close_out_noerr : Stdlib.out_channel -> unit
  val set_binary_mode_out : Stdlib.out_channel -> bool -> unit
  val open_in : string -> Stdlib.in_channel
  val open_in_bin : string -> Stdlib.in_channel
  val open_in_gen : Stdlib.open_flag list -> int -> string -> Stdlib.in_channel
  val input_char : Stdlib.in_channel -> char
  val input_line : Stdlib.in_channel -> string
  val input : Stdlib.in_channel -> bytes -> int -> int -> int
  val really_input : Stdlib.in_channel -> bytes -> int -> int -> unit
  val really_input_string : Stdlib.in_channel -> int -> string
  val input_byte : Stdlib.in_channel -> int
  val input_binary_int : Stdlib.in_channel -> int
  val input_value : Stdlib.in_channel -> 'a
  val seek_in : Stdlib.in_channel -> int -> unit
  val pos_in : Stdlib.in_channel -> int
  val in_channel_length : Stdlib.in_channel -> int
  val close_in : Stdlib.in_channel -> unit
  val close_in_noerr : Stdlib.in_channel -> unit
  val set_binary_mode_in : Stdlib.in_channel -> bool -> unit
  module LargeFile : sig
    val seek_out : Stdlib.out_channel -> int64 -> unit
    val pos_out : Stdlib.out_channel -> int64
    val out_channel_length : Stdlib.out_channel -> int64
    val seek_in : Stdlib.in_channel -> int64 -> unit
    val pos_in : Stdlib.in_channel -> int64
    val in_channel_length : Stdlib.in_channel -> int64
  end
  type 'a ref = 'a Stdlib.ref = { mutable contents : 'a; }
  (* external: "%makemutable" *)
  val ref : 'a -> 'a ref
  (* external: "%field0" *)
  val ( ! ) : 'a ref -> 'a
  (* external: "%setfield0" *)
  val ( := ) : 'a ref -> 'a -> unit
  (* external: "%incr" *)
  val incr : int ref -> unit
  (* external: "%decr" *)
  val decr : int ref -> unit
  type ('a, 'b) result = ('a, 'b) Stdlib.result = Ok of 'a | Error of 'b
  type ('a, 'b, 'c, 'd, 'e, 'f) format6 = ('a, 'b, 'c, 'd, 'e, 'f) CamlinternalFormatBasics.format6
  type ('a, 'b, 'c, 'd) format4 = ('a, 'b, 'c, 'c, 'c, 'd) format6
  type ('a, 'b, 'c) format = ('a, 'b, 'c, 'c) format4
  val string_of_format : ('a, 'b, 'c, 'd, 'e, 'f) Stdlib.format6 -> string
  (* external: "%identity" *)
  val format_of_string : ('a, 'b, 'c, 'd, 'e, 'f) format6 -> ('a, 'b, 'c, 'd, 'e, 'f) format6
  val ( ^^ ) : ('a, 'b, 'c, 'd, 'e, 'f) Stdlib.format6 -> ('f, 'b, 'c, 'e, 'g, 'h) Stdlib.format6 -> ('a, 'b, 'c, 'd, 'g, 'h) Stdlib.format6
  val exit : int -> 'a
  val at_exit : (unit -> unit) -> unit
  val valid_float_lexem : string -> string
  val do_at_exit : unit -> unit
end
module Printexc : sig
  type t = exn = ..
  val to_string : exn -> string
  val to_string_default : exn -> string
  val print : ('a -> 'b) -> 'a -> 'b
  val catch : ('a -> 'b) -> 'a -> 'b
  val print_backtrace : out_channel -> unit
  val get_backtrace : unit -> string
  val record_backtrace : bool -> unit
  val backtrace_status : unit -> bool
  val register_printer : (exn -> string option) -> unit
  val use_printers : exn -> string option
  type raw_backtrace
  type raw_backtrace_entry
  val raw_backtrace_entries : raw_backtrace -> raw_backtrace_entry array
  val get_raw_backtrace : unit -> raw_backtrace
  val print_raw_backtrace : out_channel -> raw_backtrace -> unit
  val raw_backtrace_to_string : raw_backtrace -> string
  (* external: "%raise_with_backtrace" *)
  val raise_with_backtrace : exn -> raw_backtrace -> 'a
  (* external: "caml_get_current_callstack" *)
  val get_callstack : int -> raw_backtrace
  val default_uncaught_exception_handler : exn -> raw_backtrace -> unit
  val set_uncaught_exception_handler : (exn -> raw_backtrace -> unit) -> unit
  type backtrace_slot
  val backtrace_slots : raw_backtrace -> backtrace_slot array option
  val backtrace_slots_of_raw_entry : raw_backtrace_entry -> backtrace_slot array option
  type location = { filename : string; line_number : int; start_char : int; end_char : int;
  }
  module Slot : sig
    type t = backtrace_slot
    val is_raise : t -> bool
    val is_inline : t -> bool
    val location : t -> location option
    val name : t -> string option
    val format : int -> t -> string option
  end
  type raw_backtrace_slot
  val raw_backtrace_length : raw_backtrace -> int
  val get_raw_backtrace_slot : raw_backtrace -> int -> raw_backtrace_slot
  val convert_raw_backtrace_slot : raw_backtrace_slot -> backtrace_slot
  val get_raw_backtrace_next_slot : raw_backtrace_slot -> raw_backtrace_slot option
  val exn_slot_id : exn -> int
  val exn_slot_name : exn -> string
end
module Printf : sig
  val fprintf : out_channel -> ('a, out_channel, unit) format -> 'a
  val printf : ('a, out_channel, unit) format -> 'a
  val eprintf : ('a, out_channel, unit) format -> 'a
  val sprintf : ('a, unit, string) format -> 'a
  val bprintf : Buffer.t -> ('a, Buffer.t, unit) format -> 'a
  val ifprintf : 'b -> ('a, 'b, 'c, unit) format4 -> 'a
  val ibprintf : Buffer.t -> ('a, Buffer.t, unit) format -> 'a
  val kfprintf : (out_channel -> 'd) -> out_channel -> ('a, out_channel, unit, 'd) format4 -> 'a
  val ikfprintf : ('b -> 'd) -> 'b -> ('a, 'b, 'c, 'd) format4 -> 'a
  val ksprintf : (string -> 'd) -> ('a, unit, string, 'd) format4 -> 'a
  val kbprintf : (Buffer.t -> 'd) -> Buffer.t -> ('a, Buffer.t, unit, 'd) format4 -> 'a
  val ikbprintf : (Buffer.t -> 'd) -> Buffer.t -> ('a, Buffer.t, unit, 'd) format4 -> 'a
  val kprintf : (string -> 'b) -> ('a, unit, string, 'b) format4 -> 'a
end
module Queue : sig
  type 'a t
  exception Empty
  val create : unit -> 'a t
  val add : 'a -> 'a t -> unit
  val push : 'a -> 'a t -> unit
  val take : 'a t -> 'a
  val take_opt : 'a t -> 'a option
  val pop : 'a t -> 'a
  val peek : 'a t -> 'a
  val peek_opt : 'a t -> 'a option
  val top : 'a t -> 'a
  val clear : 'a t -> unit
  val copy : 'a t -> 'a t
  val is_empty : 'a t -> bool
  val length : 'a t -> int
  val iter : ('a -> unit) -> 'a t -> unit
  val fold : ('b -> 'a -> 'b) -> 'b -> 'a t -> 'b
  val transfer : 'a t -> 'a t -> unit
  val to_seq : 'a t -> 'a Seq.t
  val add_seq : 'a t -> 'a Seq.t -> unit
  val of_seq : 'a Seq.t -> 'a t
end
module Random : sig
  val init : int -> unit
  val full_init : int array -> unit
  val self_init : unit -> unit
  val bits : unit -> int
  val int : int -> int
  val full_int : int -> int
  val int32 : Int32.t -> Int32.t
  val nativeint : Nativeint.t -> Nativeint.t
  val int64 : Int64.t -> Int64.t
  val float : float -> float
  val bool : unit -> bool
  module State : sig
    type t
    val make : int array -> t
    val make_self_init : unit -> t
    val copy : t -> t
    val bits : t -> int
    val int : t -> int -> int
    val full_int : t -> int -> int
    val int32 : t -> Int32.t -> Int32.t
    val nativeint : t -> Nativeint.t -> Nativeint.t
    val int64 : t -> Int64.t -> Int64.t
    val float : t -> float -> float
    val bool : t -> bool
  end
  val get_state : unit -> State.t
  val set_state : State.t -> unit
end

module Result : sig
  type ('a, 'e) t = ('a, 'e) result = Ok of 'a | Error of 'e
  val ok : 'a -> ('a, 'e) result
  val error : 'e -> ('a, 'e) result
  val value : ('a, 'e) result -> default:'a -> 'a
  val get_ok : ('a, 'e) result -> 'a
  val get_error : ('a, 'e) result -> 'e
  val bind : ('a, 'e) result -> ('a -> ('b, 'e) result) -> ('b, 'e) result
  val join : (('a, 'e) result, 'e) result -> ('a, 'e) result
  val map : ('a -> 'b) -> ('a, 'e) result -> ('b, 'e) result
  val map_error : ('e -> 'f) -> ('a, 'e) result -> ('a, 'f) result
  val fold : ok:('a -> 'c) -> error:('e -> 'c) -> ('a, 'e) result -> 'c
  val iter : ('a -> unit) -> ('a, 'e) result -> unit
  val iter_error : ('e -> unit) -> ('a, 'e) result -> unit
  val is_ok : ('a, 'e) result -> bool
  val is_error : ('a, 'e) result -> bool
  val equal :
    ok:('a -> 'a -> bool) -> error:('e -> 'e -> bool) -> ('a, 'e) result -> ('a, 'e) result -> bool
  val compare :
    ok:('a -> 'a -> int) -> error:('e -> 'e -> int) -> ('a, 'e) result -> ('a, 'e) result -> int
  val to_option : ('a, 'e) result -> 'a option
  val to_list : ('a, 'e) result -> 'a list
  val to_seq : ('a, 'e) result -> 'a Seq.t
end

module Scanf : sig
  module Scanning : sig
    type in_channel
    type scanbuf = in_channel
    val stdin : in_channel
    type file_name = string
    val open_in : file_name -> in_channel
    val open_in_bin : file_name -> in_channel
    val close_in : in_channel -> unit
    val from_file : file_name -> in_channel
    val from_file_bin : string -> in_channel
    val from_string : string -> in_channel
    val from_function : (unit -> char) -> in_channel
    val from_channel : Stdlib.in_channel -> in_channel
    val end_of_input : in_channel -> bool
    val beginning_of_input : in_channel -> bool
    val name_of_input : in_channel -> string
    val stdib : in_channel
  end
  type ('a, 'b, 'c, 'd) scanner = ('a, Scanning.in_channel, 'b, 'c, 'a -> 'd, 'd) format6 -> 'c
  exception Scan_failure of string
  val bscanf : Scanning.in_channel -> ('a, 'b, 'c, 'd) scanner
  val sscanf : string -> ('a, 'b, 'c, 'd) scanner
  val scanf : ('a, 'b, 'c, 'd) scanner
  val kscanf : Scanning.in_channel -> (Scanning.in_channel -> exn -> 'd) -> ('a, 'b, 'c, 'd) scanner
  val ksscanf : string -> (Scanning.in_channel -> exn -> 'd) -> ('a, 'b, 'c, 'd) scanner
  val bscanf_format : Scanning.in_channel -> ('a, 'b, 'c, 'd, 'e, 'f) format6 -> (('a, 'b, 'c, 'd, 'e, 'f) format6 -> 'g) -> 'g
  val sscanf_format : string -> ('a, 'b, 'c, 'd, 'e, 'f) format6 -> (('a, 'b, 'c, 'd, 'e, 'f) format6 -> 'g) -> 'g
  val format_from_string : string -> ('a, 'b, 'c, 'd, 'e, 'f) format6 -> ('a, 'b, 'c, 'd, 'e, 'f) format6
  val unescaped : string -> string
  (* deprecated: Use Scanning.from_channel then Scanf.bscanf. *)
  val fscanf : in_channel -> ('a, 'b, 'c, 'd) scanner
  (* deprecated: Use Scanning.from_channel then Scanf.kscanf. *)
  val kfscanf : in_channel -> (Scanning.in_channel -> exn -> 'd) -> ('a, 'b, 'c, 'd) scanner
end
module Set : sig
  module type OrderedType = sig
    (* declared: File "set.mli", line 52, characters 4-10 *)
    type t
    (* declared: File "set.mli", line 55, characters 4-31 *)
    val compare : t -> t -> int
  end
  module type S = sig
    (* declared: File "set.mli", line 68, characters 4-12 *)
    type elt
    (* declared: File "set.mli", line 71, characters 4-10 *)
    type t
    (* declared: File "set.mli", line 74, characters 4-16 *)
    val empty : t
    (* declared: File "set.mli", line 77, characters 4-27 *)
    val is_empty : t -> bool
    (* declared: File "set.mli", line 80, characters 4-29 *)
    val mem : elt -> t -> bool
    (* declared: File "set.mli", line 83, characters 4-26 *)
    val add : elt -> t -> t
    (* declared: File "set.mli", line 89, characters 4-27 *)
    val singleton : elt -> t
    (* declared: File "set.mli", line 92, characters 4-29 *)
    val remove : elt -> t -> t
    (* declared: File "set.mli", line 98, characters 4-26 *)
    val union : t -> t -> t
    (* declared: File "set.mli", line 101, characters 4-26 *)
    val inter : t -> t -> t
    (* declared: File "set.mli", line 104, characters 4-32 *)
    val disjoint : t -> t -> bool
    (* declared: File "set.mli", line 108, characters 4-25 *)
    val diff : t -> t -> t
    (* declared: File "set.mli", line 112, characters 4-30 *)
    val compare : t -> t -> int
    (* declared: File "set.mli", line 116, characters 4-29 *)
    val equal : t -> t -> bool
    (* declared: File "set.mli", line 120, characters 4-30 *)
    val subset : t -> t -> bool
    (* declared: File "set.mli", line 124, characters 4-40 *)
    val iter : (elt -> unit) -> t -> unit
    (* declared: File "set.mli", line 129, characters 4-35 *)
    val map : (elt -> elt) -> t -> t
    (* declared: File "set.mli", line 141, characters 4-48 *)
    val fold : (elt -> 'a -> 'a) -> t -> 'a -> 'a
    (* declared: File "set.mli", line 145, characters 4-43 *)
    val for_all : (elt -> bool) -> t -> bool
    (* declared: File "set.mli", line 149, characters 4-42 *)
    val exists : (elt -> bool) -> t -> bool
    (* declared: File "set.mli", line 153, characters 4-39 *)
    val filter : (elt -> bool) -> t -> t
    (* declared: File "set.mli", line 160, characters 4-49 *)
    val filter_map : (elt -> elt option) -> t -> t
    (* declared: File "set.mli", line 176, characters 4-46 *)
    val partition : (elt -> bool) -> t -> t * t
    (* declared: File "set.mli", line 182, characters 4-26 *)
    val cardinal : t -> int
    (* declared: File "set.mli", line 185, characters 4-31 *)
    val elements : t -> elt list
    (* declared: File "set.mli", line 191, characters 4-25 *)
    val min_elt : t -> elt
    (* declared: File "set.mli", line 196, characters 4-36 *)
    val min_elt_opt : t -> elt option
    (* declared: File "set.mli", line 203, characters 4-25 *)
    val max_elt : t -> elt
    (* declared: File "set.mli", line 207, characters 4-36 *)
    val max_elt_opt : t -> elt option
    (* declared: File "set.mli", line 213, characters 4-24 *)
    val choose : t -> elt
    (* declared: File "set.mli", line 218, characters 4-35 *)
    val choose_opt : t -> elt option
    (* declared: File "set.mli", line 225, characters 4-39 *)
    val split : elt -> t -> t * bool * t
    (* declared: File "set.mli", line 234, characters 4-29 *)
    val find : elt -> t -> elt
    (* declared: File "set.mli", line 240, characters 4-40 *)
    val find_opt : elt -> t -> elt option
    (* declared: File "set.mli", line 246, characters 4-45 *)
    val find_first : (elt -> bool) -> t -> elt
    (* declared: File "set.mli", line 259, characters 4-56 *)
    val find_first_opt : (elt -> bool) -> t -> elt option
    (* declared: File "set.mli", line 266, characters 4-44 *)
    val find_last : (elt -> bool) -> t -> elt
    (* declared: File "set.mli", line 273, characters 4-55 *)
    val find_last_opt : (elt -> bool) -> t -> elt option
    (* declared: File "set.mli", line 280, characters 4-30 *)
    val of_list : elt list -> t
    (* declared: File "set.mli", line 288, characters 4-43 *)
    val to_seq_from : elt -> t -> elt Seq.t
    (* declared: File "set.mli", line 293, characters 4-31 *)
    val to_seq : t -> elt Seq.t
    (* declared: File "set.mli", line 297, characters 4-35 *)
    val to_rev_seq : t -> elt Seq.t
    (* declared: File "set.mli", line 301, characters 4-37 *)
    val add_seq : elt Seq.t -> t -> t
    (* declared: File "set.mli", line 305, characters 4-31 *)
    val of_seq : elt Seq.t -> t
  end
  (* functor: Set.OrderedType; its parameter first, then the types, then the values *)
  module Make : sig
    module Ord : sig
      (* declared: File "set.mli", line 52, characters 4-10 *)
      type t
      (* declared: File "set.mli", line 55, characters 4-31 *)
      val compare : t -> t -> int
    end
    type elt = Ord.t
    type t
    val empty : t
    val is_empty : t -> bool
    val mem : elt -> t -> bool
    val add : elt -> t -> t
    val singleton : elt -> t
    val remove : elt -> t -> t
    val union : t -> t -> t
    val inter : t -> t -> t
    val disjoint : t -> t -> bool
    val diff : t -> t -> t
    val compare : t -> t -> int
    val equal : t -> t -> bool
    val subset : t -> t -> bool
    val iter : (elt -> unit) -> t -> unit
    val map : (elt -> elt) -> t -> t
    val fold : (elt -> 'a -> 'a) -> t -> 'a -> 'a
    val for_all : (elt -> bool) -> t -> bool
    val exists : (elt -> bool) -> t -> bool
    val filter : (elt -> bool) -> t -> t
    val filter_map : (elt -> elt option) -> t -> t
    val partition : (elt -> bool) -> t -> t * t
    val cardinal : t -> int
    val elements : t -> elt list
    val min_elt : t -> elt
    val min_elt_opt : t -> elt option
    val max_elt : t -> elt
    val max_elt_opt : t -> elt option
    val choose : t -> elt
    val choose_opt : t -> elt option
    val split : elt -> t -> t * bool * t
    val find : elt -> t -> elt
    val find_opt : elt -> t -> elt option
    val find_first : (elt -> bool) -> t -> elt
    val find_first_opt : (elt -> bool) -> t -> elt option
    val find_last : (elt -> bool) -> t -> elt
    val find_last_opt : (elt -> bool) -> t -> elt option
    val of_list : elt list -> t
    val to_seq_from : elt -> t -> elt Seq.t
    val to_seq : t -> elt Seq.t
    val to_rev_seq : t -> elt Seq.t
    val add_seq : elt Seq.t -> t -> t
    val of_seq : elt Seq.t -> t
  end
end
module Stack : sig
  type 'a t
  exception Empty
  val create : unit -> 'a t
  val push : 'a -> 'a t -> unit
  val pop : 'a t -> 'a
  val pop_opt : 'a t -> 'a option
  val top : 'a t -> 'a
  val top_opt : 'a t -> 'a option
  val clear : 'a t -> unit
  val copy : 'a t -> 'a t
  val is_empty : 'a t -> bool
  val length : 'a t -> int
  val iter : ('a -> unit) -> 'a t -> unit
  val fold : ('b -> 'a -> 'b) -> 'b -> 'a t -> 'b
  val to_seq : 'a t -> 'a Seq.t
  val add_seq : 'a t -> 'a Seq.t -> unit
  val of_seq : 'a Seq.t -> 'a t
end
module StdLabels : sig
  (* alias: ArrayLabels *)
  module Array : sig
    type 'a t = 'a array
    (* external: "%array_length" *)
    val length : 'a array -> int
    (* external: "%array_safe_get" *)
    val get : 'a array -> int -> 'a
    (* external: "%array_safe_set" *)
    val set : 'a array -> int -> 'a -> unit
    (* external: "caml_make_vect" *)
    val make : int -> 'a -> 'a array
    (* deprecated: Use Array.make/ArrayLabels.make instead. *)
    (* external: "caml_make_vect" *)
    val create : int -> 'a -> 'a array
    (* external: "caml_make_float_vect" *)
    val create_float : int -> float array
    (* deprecated: Use Array.create_float/ArrayLabels.create_float instead. *)
    val make_float : int -> float array
    val init : int -> f:(int -> 'a) -> 'a array
    val make_matrix : dimx:int -> dimy:int -> 'a -> 'a array array
    (* deprecated: Use Array.make_matrix/ArrayLabels.make_matrix instead. *)
    val create_matrix : dimx:int -> dimy:int -> 'a -> 'a array array
    val append : 'a array -> 'a array -> 'a array
    val concat : 'a array list -> 'a array
    val sub : 'a array -> pos:int -> len:int -> 'a array
    val copy : 'a array -> 'a array
    val fill : 'a array -> pos:int -> len:int -> 'a -> unit
    val blit : src:'a array -> src_pos:int -> dst:'a array -> dst_pos:int -> len:int -> unit
    val to_list : 'a array -> 'a list
    val of_list : 'a list -> 'a array
    val iter : f:('a -> unit) -> 'a array -> unit
    val iteri : f:(int -> 'a -> unit) -> 'a array -> unit
    val map : f:('a -> 'b) -> 'a array -> 'b array
    val mapi : f:(int -> 'a -> 'b) -> 'a array -> 'b array
    val fold_left : f:('a -> 'b -> 'a) -> init:'a -> 'b array -> 'a
    val fold_left_map : f:('a -> 'b -> 'a * 'c) -> init:'a -> 'b array -> 'a * 'c array
    val fold_right : f:('b -> 'a -> 'a) -> 'b array -> init:'a -> 'a
    val iter2 : f:('a -> 'b -> unit) -> 'a array -> 'b array -> unit
    val map2 : f:('a -> 'b -> 'c) -> 'a array -> 'b array -> 'c array
    val for_all : f:('a -> bool) -> 'a array -> bool
    val exists : f:('a -> bool) -> 'a array -> bool
    val for_all2 : f:('a -> 'b -> bool) -> 'a array -> 'b array -> bool
    val exists2 : f:('a -> 'b -> bool) -> 'a array -> 'b array -> bool
    val mem : 'a -> set:'a array -> bool
    val memq : 'a -> set:'a array -> bool
    val find_opt : f:('a -> bool) -> 'a array -> 'a option
    val find_map : f:('a -> 'b option) -> 'a array -> 'b option
    val split : ('a * 'b) array -> 'a array * 'b array
    val combine : 'a array -> 'b array -> ('a * 'b) array
    val sort : cmp:('a -> 'a -> int) -> 'a array -> unit
    val stable_sort : cmp:('a -> 'a -> int) -> 'a array -> unit
    val fast_sort : cmp:('a -> 'a -> int) -> 'a array -> unit
    val to_seq : 'a array -> 'a Seq.t
    val to_seqi : 'a array -> (int * 'a) Seq.t
    val of_seq : 'a Seq.t -> 'a array
    (* external: "%array_unsafe_get" *)
    val unsafe_get : 'a array -> int -> 'a
    (* external: "%array_unsafe_set" *)
    val unsafe_set : 'a array -> int -> 'a -> unit
    module Floatarray : sig
      val create : int -> floatarray
      val length : floatarray -> int
      val get : floatarray -> int -> float
      val set : floatarray -> int -> float -> unit
      val unsafe_get : floatarray -> int -> float
      val unsafe_set : floatarray -> int -> float -> unit
    end
  end
  (* alias: BytesLabels *)
  module Bytes : sig
    (* external: "%bytes_length" *)
    val length : bytes -> int
    (* external: "%bytes_safe_get" *)
    val get : bytes -> int -> char
    (* external: "%bytes_safe_set" *)
    val set : bytes -> int -> char -> unit
    (* external: "caml_create_bytes" *)
    val create : int -> bytes
    val make : int -> char -> bytes
    val init : int -> f:(int -> char) -> bytes
    val empty : bytes
    val copy : bytes -> bytes
    val of_string : string -> bytes
    val to_string : bytes -> string
    val sub : bytes -> pos:int -> len:int -> bytes
    val sub_string : bytes -> pos:int -> len:int -> string
    val extend : bytes -> left:int -> right:int -> bytes
    val fill : bytes -> pos:int -> len:int -> char -> unit
    val blit : src:bytes -> src_pos:int -> dst:bytes -> dst_pos:int -> len:int -> unit
    val blit_string : src:string -> src_pos:int -> dst:bytes -> dst_pos:int -> len:int -> unit
    val concat : sep:bytes -> bytes list -> bytes
    val cat : bytes -> bytes -> bytes
    val iter : f:(char -> unit) -> bytes -> unit
    val iteri : f:(int -> char -> unit) -> bytes -> unit
    val map : f:(char -> char) -> bytes -> bytes
    val mapi : f:(int -> char -> char) -> bytes -> bytes
    val fold_left : f:('a -> char -> 'a) -> init:'a -> bytes -> 'a
    val fold_right : f:(char -> 'a -> 'a) -> bytes -> init:'a -> 'a
    val for_all : f:(char -> bool) -> bytes -> bool
    val exists : f:(char -> bool) -> bytes -> bool
    val trim : bytes -> bytes
    val escaped : bytes -> bytes
    val index : bytes -> char -> int
    val index_opt : bytes -> char -> int option
    val rindex : bytes -> char -> int
    val rindex_opt : bytes -> char -> int option
    val index_from : bytes -> int -> char -> int
    val index_from_opt : bytes -> int -> char -> int option
    val rindex_from : bytes -> int -> char -> int
    val rindex_from_opt : bytes -> int -> char -> int option
    val contains : bytes -> char -> bool
    val contains_from : bytes -> int -> char -> bool
    val rcontains_from : bytes -> int -> char -> bool
    (* deprecated: Use Bytes.uppercase_ascii/BytesLabels.uppercase_ascii instead. *)
    val uppercase : bytes -> bytes
    (* deprecated: Use Bytes.lowercase_ascii/BytesLabels.lowercase_ascii instead. *)
    val lowercase : bytes -> bytes
    (* deprecated: Use Bytes.capitalize_ascii/BytesLabels.capitalize_ascii instead. *)
    val capitalize : bytes -> bytes
    (* deprecated: Use Bytes.uncapitalize_ascii/BytesLabels.uncapitalize_ascii instead. *)
    val uncapitalize : bytes -> bytes
    val uppercase_ascii : bytes -> bytes
    val lowercase_ascii : bytes -> bytes
    val capitalize_ascii : bytes -> bytes
    val uncapitalize_ascii : bytes -> bytes
    type t = bytes
    val compare : t -> t -> int
    val equal : t -> t -> bool
    val starts_with : prefix:bytes -> bytes -> bool
    val ends_with : suffix:bytes -> bytes -> bool
    val unsafe_to_string : bytes -> string
    val unsafe_of_string : string -> bytes
    val split_on_char : sep:char -> bytes -> bytes list
    val to_seq : t -> char Seq.t
    val to_seqi : t -> (int * char) Seq.t
    val of_seq : char Seq.t -> t
    val get_uint8 : bytes -> int -> int
    val get_int8 : bytes -> int -> int
    val get_uint16_ne : bytes -> int -> int
    val get_uint16_be : bytes -> int -> int
    val get_uint16_le : bytes -> int -> int
    val get_int16_ne : bytes -> int -> int
    val get_int16_be : bytes -> int -> int
    val get_int16_le : bytes -> int -> int
    val get_int32_ne : bytes -> int -> int32
    val get_int32_be : bytes -> int -> int32
    val get_int32_le : bytes -> int -> int32
    val get_int64_ne : bytes -> int -> int64
    val get_int64_be : bytes -> int -> int64
    val get_int64_le : bytes -> int -> int64
    val set_uint8 : bytes -> int -> int -> unit
    val set_int8 : bytes -> int -> int -> unit
    val set_uint16_ne : bytes -> int -> int -> unit
    val set_uint16_be : bytes -> int -> int -> unit
    val set_uint16_le : bytes -> int -> int -> unit
    val set_int16_ne : bytes -> int -> int -> unit
    val set_int16_be : bytes -> int -> int -> unit
    val set_int16_le : bytes -> int -> int -> unit
    val set_int32_ne : bytes -> int -> int32 -> unit
    val set_int32_be : bytes -> int -> int32 -> unit
    val set_int32_le : bytes -> int -> int32 -> unit
    val set_int64_ne : bytes -> int -> int64 -> unit
    val set_int64_be : bytes -> int -> int64 -> unit
    val set_int64_le : bytes -> int -> int64 -> unit
    (* external: "%bytes_unsafe_get" *)
    val unsafe_get : bytes -> int -> char
    (* external: "%bytes_unsafe_set" *)
    val unsafe_set : bytes -> int -> char -> unit
    (* external: "caml_blit_bytes" [@@noalloc] *)
    val unsafe_blit : src:bytes -> src_pos:int -> dst:bytes -> dst_pos:int -> len:int -> unit
    (* external: "caml_blit_string" [@@noalloc] *)
    val unsafe_blit_string : src:string -> src_pos:int -> dst:bytes -> dst_pos:int -> len:int -> unit
    (* external: "caml_fill_bytes" [@@noalloc] *)
    val unsafe_fill : bytes -> pos:int -> len:int -> char -> unit
  end
  (* alias: ListLabels *)
  module List : sig
    type 'a t = 'a list = [] | (::) of 'a * 'a list
    val length : 'a list -> int
    val compare_lengths : 'a list -> 'b list -> int
    val compare_length_with : 'a list -> len:int -> int
    val cons : 'a -> 'a list -> 'a list
    val hd : 'a list -> 'a
    val tl : 'a list -> 'a list
    val nth : 'a list -> int -> 'a
    val nth_opt : 'a list -> int -> 'a option
    val rev : 'a list -> 'a list
    val init : len:int -> f:(int -> 'a) -> 'a list
    val append : 'a list -> 'a list -> 'a list
    val rev_append : 'a list -> 'a list -> 'a list
    val concat : 'a list list -> 'a list
    val flatten : 'a list list -> 'a list
    val equal : eq:('a -> 'a -> bool) -> 'a list -> 'a list -> bool
    val compare : cmp:('a -> 'a -> int) -> 'a list -> 'a list -> int
    val iter : f:('a -> unit) -> 'a list -> unit
    val iteri : f:(int -> 'a -> unit) -> 'a list -> unit
    val map : f:('a -> 'b) -> 'a list -> 'b list
    val mapi : f:(int -> 'a -> 'b) -> 'a list -> 'b list
    val rev_map : f:('a -> 'b) -> 'a list -> 'b list
    val filter_map : f:('a -> 'b option) -> 'a list -> 'b list
    val concat_map : f:('a -> 'b list) -> 'a list -> 'b list
    val fold_left_map : f:('a -> 'b -> 'a * 'c) -> init:'a -> 'b list -> 'a * 'c list
    val fold_left : f:('a -> 'b -> 'a) -> init:'a -> 'b list -> 'a
    val fold_right : f:('a -> 'b -> 'b) -> 'a list -> init:'b -> 'b
    val iter2 : f:('a -> 'b -> unit) -> 'a list -> 'b list -> unit
    val map2 : f:('a -> 'b -> 'c) -> 'a list -> 'b list -> 'c list
    val rev_map2 : f:('a -> 'b -> 'c) -> 'a list -> 'b list -> 'c list
    val fold_left2 : f:('a -> 'b -> 'c -> 'a) -> init:'a -> 'b list -> 'c list -> 'a
    val fold_right2 : f:('a -> 'b -> 'c -> 'c) -> 'a list -> 'b list -> init:'c -> 'c
    val for_all : f:('a -> bool) -> 'a list -> bool
    val exists : f:('a -> bool) -> 'a list -> bool
    val for_all2 : f:('a -> 'b -> bool) -> 'a list -> 'b list -> bool
    val exists2 : f:('a -> 'b -> bool) -> 'a list -> 'b list -> bool
    val mem : 'a -> set:'a list -> bool
    val memq : 'a -> set:'a list -> bool
    val find : f:('a -> bool) -> 'a list -> 'a
    val find_opt : f:('a -> bool) -> 'a list -> 'a option
    val find_map : f:('a -> 'b option) -> 'a list -> 'b option
    val filter : f:('a -> bool) -> 'a list -> 'a list
    val find_all : f:('a -> bool) -> 'a list -> 'a list
    val filteri : f:(int -> 'a -> bool) -> 'a list -> 'a list
    val partition : f:('a -> bool) -> 'a list -> 'a list * 'a list
    val partition_map : f:('a -> ('b, 'c) Either.t) -> 'a list -> 'b list * 'c list
    val assoc : 'a -> ('a * 'b) list -> 'b
    val assoc_opt : 'a -> ('a * 'b) list -> 'b option
    val assq : 'a -> ('a * 'b) list -> 'b
    val assq_opt : 'a -> ('a * 'b) list -> 'b option
    val mem_assoc : 'a -> map:('a * 'b) list -> bool
    val mem_assq : 'a -> map:('a * 'b) list -> bool
    val remove_assoc : 'a -> ('a * 'b) list -> ('a * 'b) list
    val remove_assq : 'a -> ('a * 'b) list -> ('a * 'b) list
    val split : ('a * 'b) list -> 'a list * 'b list
    val combine : 'a list -> 'b list -> ('a * 'b) list
    val sort : cmp:('a -> 'a -> int) -> 'a list -> 'a list
    val stable_sort : cmp:('a -> 'a -> int) -> 'a list -> 'a list
    val fast_sort : cmp:('a -> 'a -> int) -> 'a list -> 'a list
    val sort_uniq : cmp:('a -> 'a -> int) -> 'a list -> 'a list
    val merge : cmp:('a -> 'a -> int) -> 'a list -> 'a list -> 'a list
    val to_seq : 'a list -> 'a Seq.t
    val of_seq : 'a Seq.t -> 'a list
  end
  (* alias: StringLabels *)
  module String : sig
    type t = string
    val make : int -> char -> string
    val init : int -> f:(int -> char) -> string
    val empty : string
    val of_bytes : bytes -> string
    val to_bytes : string -> bytes
    (* external: "%string_length" *)
    val length : string -> int
    (* external: "%string_safe_get" *)
    val get : string -> int -> char
    val concat : sep:string -> string list -> string
    val cat : string -> string -> string
    val equal : t -> t -> bool
    val compare : t -> t -> int
    val starts_with : prefix:string -> string -> bool
    val ends_with : suffix:string -> string -> bool
    val contains_from : string -> int -> char -> bool
    val rcontains_from : string -> int -> char -> bool
    val contains : string -> char -> bool
    val sub : string -> pos:int -> len:int -> string
    val split_on_char : sep:char -> string -> string list
    val map : f:(char -> char) -> string -> string
    val mapi : f:(int -> char -> char) -> string -> string
    val fold_left : f:('a -> char -> 'a) -> init:'a -> string -> 'a
    val fold_right : f:(char -> 'a -> 'a) -> string -> init:'a -> 'a
    val for_all : f:(char -> bool) -> string -> bool
    val exists : f:(char -> bool) -> string -> bool
    val trim : string -> string
    val escaped : string -> string
    val uppercase_ascii : string -> string
    val lowercase_ascii : string -> string
    val capitalize_ascii : string -> string
    val uncapitalize_ascii : string -> string
    val iter : f:(char -> unit) -> string -> unit
    val iteri : f:(int -> char -> unit) -> string -> unit
    val index_from : string -> int -> char -> int
    val index_from_opt : string -> int -> char -> int option
    val rindex_from : string -> int -> char -> int
    val rindex_from_opt : string -> int -> char -> int option
    val index : string -> char -> int
    val index_opt : string -> char -> int option
    val rindex : string -> char -> int
    val rindex_opt : string -> char -> int option
    val to_seq : t -> char Seq.t
    val to_seqi : t -> (int * char) Seq.t
    val of_seq : char Seq.t -> t
    (* deprecated: Use Bytes.create/BytesLabels.create instead. *)
    (* external: "caml_create_string" *)
    val create : int -> bytes
    (* deprecated: Use Bytes.set/BytesLabels.set instead. *)
    (* external: "%string_safe_set" *)
    val set : bytes -> int -> char -> unit
    val blit : src:string -> src_pos:int -> dst:bytes -> dst_pos:int -> len:int -> unit
    (* deprecated: Strings now immutable: no need to copy *)
    val copy : string -> string
    (* deprecated: Use Bytes.fill/BytesLabels.fill instead. *)
    val fill : bytes -> pos:int -> len:int -> char -> unit
    (* deprecated: Use String.uppercase_ascii/StringLabels.uppercase_ascii instead. *)
    val uppercase : string -> string
    (* deprecated: Use String.lowercase_ascii/StringLabels.lowercase_ascii instead. *)
    val lowercase : string -> string
    (* deprecated: Use String.capitalize_ascii/StringLabels.capitalize_ascii instead. *)
    val capitalize : string -> string
    (* deprecated: Use String.uncapitalize_ascii/StringLabels.uncapitalize_ascii instead. *)
    val uncapitalize : string -> string
    val get_uint8 : string -> int -> int
    val get_int8 : string -> int -> int
    val get_uint16_ne : string -> int -> int
    val get_uint16_be : string -> int -> int
    val get_uint16_le : string -> int -> int
    val get_int16_ne : string -> int -> int
    val get_int16_be : string -> int -> int
    val get_int16_le : string -> int -> int
    val get_int32_ne : string -> int -> int32
    val get_int32_be : string -> int -> int32
    val get_int32_le : string -> int -> int32
    val get_int64_ne : string -> int -> int64
    val get_int64_be : string -> int -> int64
    val get_int64_le : string -> int -> int64
    (* external: "%string_unsafe_get" *)
    val unsafe_get : string -> int -> char
    (* deprecated *)
    (* external: "%string_unsafe_set" *)
    val unsafe_set : bytes -> int -> char -> unit
    (* external: "caml_blit_string" [@@noalloc] *)
    val unsafe_blit : src:string -> src_pos:int -> dst:bytes -> dst_pos:int -> len:int -> unit
    (* deprecated *)
    (* external: "caml_fill_string" [@@noalloc] *)
    val unsafe_fill : bytes -> pos:int -> len:int -> char -> unit
  end
end

module String : sig
  type t = string
  val make : int -> char -> string
  val init : int -> (int -> char) -> string
  val empty : string
  val of_bytes : bytes -> string
  val to_bytes : string -> bytes
  (* external: "%string_length" *)
  val length : string -> int
  (* external: "%string_safe_get" *)
  val get : string -> int -> char
  val concat : string -> string list -> string
  val cat : string -> string -> string
  val equal : t -> t -> bool
  val compare : t -> t -> int
  val starts_with : prefix:string -> string -> bool
  val ends_with : suffix:string -> string -> bool
  val contains_from : string -> int -> char -> bool
  val rcontains_from : string -> int -> char -> bool
  val contains : string -> char -> bool
  val sub : string -> int -> int -> string
  val split_on_char : char -> string -> string list
  val map : (char -> char) -> string -> string
  val mapi : (int -> char -> char) -> string -> string
  val fold_left : ('a -> char -> 'a) -> 'a -> string -> 'a
  val fold_right : (char -> 'a -> 'a) -> string -> 'a -> 'a
  val for_all : (char -> bool) -> string -> bool
  val exists : (char -> bool) -> string -> bool
  val trim : string -> string
  val escaped : string -> string
  val uppercase_ascii : string -> string
  val lowercase_ascii : string -> string
  val capitalize_ascii : string -> string
  val uncapitalize_ascii : string -> string
  val iter : (char -> unit) -> string -> unit
  val iteri : (int -> char -> unit) -> string -> unit
  val index_from : string -> int -> char -> int
  val index_from_opt : string -> int -> char -> int option
  val rindex_from : string -> int -> char -> int
  val rindex_from_opt : string -> int -> char -> int option
  val index : string -> char -> int
  val index_opt : string -> char -> int option
  val rindex : string -> char -> int
  val rindex_opt : string -> char -> int option
  val to_seq : t -> char Seq.t
  val to_seqi : t -> (int * char) Seq.t
  val of_seq : char Seq.t -> t
  (* deprecated: Use Bytes.create/BytesLabels.create instead. *)
  (* external: "caml_create_string" *)
  val create : int -> bytes
  (* deprecated: Use Bytes.set/BytesLabels.set instead. *)
  (* external: "%string_safe_set" *)
  val set : bytes -> int -> char -> unit
  val blit : string -> int -> bytes -> int -> int -> unit
  (* deprecated: Strings now immutable: no need to copy *)
  val copy : string -> string
  (* deprecated: Use Bytes.fill/BytesLabels.fill instead. *)
  val fill : bytes -> int -> int -> char -> unit
  (* deprecated: Use String.uppercase_ascii/StringLabels.uppercase_ascii instead. *)
  val uppercase : string -> string
  (* deprecated: Use String.lowercase_ascii/StringLabels.lowercase_ascii instead. *)
  val lowercase : string -> string
  (* deprecated: Use String.capitalize_ascii/StringLabels.capitalize_ascii instead. *)
  val capitalize : string -> string
  (* deprecated: Use String.uncapitalize_ascii/StringLabels.uncapitalize_ascii instead. *)
  val uncapitalize : string -> string
  val get_uint8 : string -> int -> int
  val get_int8 : string -> int -> int
  val get_uint16_ne : string -> int -> int
  val get_uint16_be : string -> int -> int
  val get_uint16_le : string -> int -> int
  val get_int16_ne : string -> int -> int
  val get_int16_be : string -> int -> int
  val get_int16_le : string -> int -> int
  val get_int32_ne : string -> int -> int32
  val get_int32_be : string -> int -> int32
  val get_int32_le : string -> int -> int32
  val get_int64_ne : string -> int -> int64
  val get_int64_be : string -> int -> int64
  val get_int64_le : string -> int -> int64
  (* external: "%string_unsafe_get" *)
  val unsafe_get : string -> int -> char
  (* deprecated *)
  (* external: "%string_unsafe_set" *)
  val unsafe_set : bytes -> int -> char -> unit
  (* external: "caml_blit_string" [@@noalloc] *)
  val unsafe_blit : string -> int -> bytes -> int -> int -> unit
  (* deprecated *)
  (* external: "caml_fill_string" [@@noalloc] *)
  val unsafe_fill : bytes -> int -> int -> char -> unit
end

module StringLabels : sig
  type t = string
  val make : int -> char -> string
  val init : int -> f:(int -> char) -> string
  val empty : string
  val of_bytes : bytes -> string
  val to_bytes : string -> bytes
  (* external: "%string_length" *)
  val length : string -> int
  (* external: "%string_safe_get" *)
  val get : string -> int -> char
  val concat : sep:string -> string list -> string
  val cat : string -> string -> string
  val equal : t -> t -> bool
  val compare : t -> t -> int
  val starts_with : prefix:string -> string -> bool
  val ends_with : suffix:string -> string -> bool
  val contains_from : string -> int -> char -> bool
  val rcontains_from : string -> int -> char -> bool
  val contains : string -> char -> bool
  val sub : string -> pos:int -> len:int -> string
  val split_on_char : sep:char -> string -> string list
  val map : f:(char -> char) -> string -> string
  val mapi : f:(int -> char -> char) -> string -> string
  val fold_left : f:('a -> char -> 'a) -> init:'a -> string -> 'a
  val fold_right : f:(char -> 'a -> 'a) -> string -> init:'a -> 'a
  val for_all : f:(char -> bool) -> string -> bool
  val exists : f:(char -> bool) -> string -> bool
  val trim : string -> string
  val escaped : string -> string
  val uppercase_ascii : string -> string
  val lowercase_ascii : string -> string
  val capitalize_ascii : string -> string
  val uncapitalize_ascii : string -> string
  val iter : f:(char -> unit) -> string -> unit
  val iteri : f:(int -> char -> unit) -> string -> unit
  val index_from : string -> int -> char -> int
  val index_from_opt : string -> int -> char -> int option
  val rindex_from : string -> int -> char -> int
  val rindex_from_opt : string -> int -> char -> int option
  val index : string -> char -> int
  val index_opt : string -> char -> int option
  val rindex : string -> char -> int
  val rindex_opt : string -> char -> int option
  val to_seq : t -> char Seq.t
  val to_seqi : t -> (int * char) Seq.t
  val of_seq : char Seq.t -> t
  (* deprecated: Use Bytes.create/BytesLabels.create instead. *)
  (* external: "caml_create_string" *)
  val create : int -> bytes
  (* deprecated: Use Bytes.set/BytesLabels.set instead. *)
  (* external: "%string_safe_set" *)
  val set : bytes -> int -> char -> unit
  val blit : src:string -> src_pos:int -> dst:bytes -> dst_pos:int -> len:int -> unit
  (* deprecated: Strings now immutable: no need to copy *)
  val copy : string -> string
  (* deprecated: Use Bytes.fill/BytesLabels.fill instead. *)
  val fill : bytes -> pos:int -> len:int -> char -> unit
  (* deprecated: Use String.uppercase_ascii/StringLabels.uppercase_ascii instead. *)
  val uppercase : string -> string
  (* deprecated: Use String.lowercase_ascii/StringLabels.lowercase_ascii instead. *)
  val lowercase : string -> string
  (* deprecated: Use String.capitalize_ascii/StringLabels.capitalize_ascii instead. *)
  val capitalize : string -> string
  (* deprecated: Use String.uncapitalize_ascii/StringLabels.uncapitalize_ascii instead. *)
  val uncapitalize : string -> string
  val get_uint8 : string -> int -> int
  val get_int8 : string -> int -> int
  val get_uint16_ne : string -> int -> int
  val get_uint16_be : string -> int -> int
  val get_uint16_le : string -> int -> int
  val get_int16_ne : string -> int -> int
  val get_int16_be : string -> int -> int
  val get_int16_le : string -> int -> int
  val get_int32_ne : string -> int -> int32
  val get_int32_be : string -> int -> int32
  val get_int32_le : string -> int -> int32
  val get_int64_ne : string -> int -> int64
  val get_int64_be : string -> int -> int64
  val get_int64_le : string -> int -> int64
  (* external: "%string_unsafe_get" *)
  val unsafe_get : string -> int -> char
  (* deprecated *)
  (* external: "%string_unsafe_set" *)
  val unsafe_set : bytes -> int -> char -> unit
  (* external: "caml_blit_string" [@@noalloc] *)
  val unsafe_blit : src:string -> src_pos:int -> dst:bytes -> dst_pos:int -> len:int -> unit
  (* deprecated *)
  (* external: "caml_fill_string" [@@noalloc] *)
  val unsafe_fill : bytes -> pos:int -> len:int -> char -> unit
end
module Sys : sig
  (* external: "%sys_argv" *)
  val argv : string array
  val executable_name : string
  (* external: "caml_sys_file_exists" *)
  val file_exists : string -> bool
  (* external: "caml_sys_is_directory" *)
  val is_directory : string -> bool
  (* external: "caml_sys_remove" *)
  val remove : string -> unit
  (* external: "caml_sys_rename" *)
  val rename : string -> string -> unit
  (* external: "caml_sys_getenv" *)
  val getenv : string -> string
  val getenv_opt : string -> string option
  (* external: "caml_sys_system_command" *)
  val command : string -> int
  (* external: "caml_sys_time" "caml_sys_time_unboxed" [@@noalloc] [@reprs same unboxed] *)
  val time : unit -> float
  (* external: "caml_sys_chdir" *)
  val chdir : string -> unit
  (* external: "caml_sys_mkdir" *)
  val mkdir : string -> int -> unit
  (* external: "caml_sys_rmdir" *)
  val rmdir : string -> unit
  (* external: "caml_sys_getcwd" *)
  val getcwd : unit -> string
  (* external: "caml_sys_read_directory" *)
  val readdir : string -> string array
  val interactive : bool ref
  val os_type : string
  type backend_type = Native | Bytecode | Other of string
  val backend_type : backend_type
  val unix : bool
  val win32 : bool
  val cygwin : bool
  val word_size : int
  val int_size : int
  val big_endian : bool
  val max_string_length : int
  val max_array_length : int
  val max_floatarray_length : int
  (* external: "caml_runtime_variant" *)
  val runtime_variant : unit -> string
  (* external: "caml_runtime_parameters" *)
  val runtime_parameters : unit -> string
  type signal_behavior = Signal_default | Signal_ignore | Signal_handle of (int -> unit)
  (* external: "caml_install_signal_handler" *)
  val signal : int -> signal_behavior -> signal_behavior
  val set_signal : int -> signal_behavior -> unit
  val sigabrt : int
  val sigalrm : int
  val sigfpe : int
  val sighup : int
  val sigill : int
  val sigint : int
  val sigkill : int
  val sigpipe : int
  val sigquit : int
  val sigsegv : int
  val sigterm : int
  val sigusr1 : int
  val sigusr2 : int
  val sigchld : int
  val sigcont : int
  val sigstop : int
  val sigtstp : int
  val sigttin : int
  val sigttou : int
  val sigvtalrm : int
  val sigprof : int
  val sigbus : int
  val sigpoll : int
  val sigsys : int
  val sigtrap : int
  val sigurg : int
  val sigxcpu : int
  val sigxfsz : int
  exception Break
  val catch_break : bool -> unit
  val ocaml_version : string
  val enable_runtime_warnings : bool -> unit
  val runtime_warnings_enabled : unit -> bool
  (* external: "%opaque" *)
  val opaque_identity : 'a -> 'a
  (* outside the subset: its functor Make and module types *)
  module Immediate64 : sig end
end


module Unit : sig
  type t = unit = ()
  val equal : t -> t -> bool
  val compare : t -> t -> int
  val to_string : t -> string
end

module Weak : sig
  (* variance: ! *)
  type 'a t
  val create : int -> 'a t
  val length : 'a t -> int
  val set : 'a t -> int -> 'a option -> unit
  val get : 'a t -> int -> 'a option
  val get_copy : 'a t -> int -> 'a option
  val check : 'a t -> int -> bool
  val fill : 'a t -> int -> int -> 'a option -> unit
  val blit : 'a t -> int -> 'a t -> int -> int -> unit
  (* outside the subset: a module type, read as refused *)
  module type S = sig type data type t val create : int -> t val clear : t -> unit val merge : t -> data -> data val add : t -> data -> unit val remove : t -> data -> unit val find : t -> data -> data val find_opt : t -> data -> data option val find_all : t -> data -> data list val mem : t -> data -> bool val iter : (data -> unit) -> t -> unit val fold : (data -> 'a -> 'a) -> t -> 'a -> 'a val count : t -> int val stats : t -> int * int * int * int * int * int end
  (* outside the subset: a functor, Make (H : Hashtbl.HashedType) : S with type data = H.t *)
  module Make : sig end
end
