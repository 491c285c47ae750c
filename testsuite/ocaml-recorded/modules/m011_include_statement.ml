module Base = struct let version = 1 end
include Base
let next = version + 1
