module M = struct
  let x = 1
end
let y = M.z
