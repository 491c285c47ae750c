(* A structure without a value an included module type declares. *)
module type Show = sig
  type t
  val show : t -> string
end

module type Show_ext = sig
  include Show
  val show_list : t list -> string
end

module Bad : Show_ext = struct
  type t = int
  let show_list l = String.concat ", " (List.map string_of_int l)
end
