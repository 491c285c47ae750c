let ( .%() ) s i = String.get s i
let c = "abc".%(1)
