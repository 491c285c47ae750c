module M = struct let x = 1 end
module M = struct let y = 2 end
