(* A name `include struct ... end` brings is defined already in the
   structure: the error is at the include. *)
module P = struct
  exception Stop
  include struct
    let x = 1
    exception Stop of int
  end
end
