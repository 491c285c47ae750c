module M : sig val x : int end = struct
  let x = 1
  let hidden = 2
end
