module Counter = struct
  let count = ref 0
  let next () = incr count; !count
end
