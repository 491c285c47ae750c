(* résumé: naïve café ✓ *)
let s = "héllo wörld ✓"
let n = String.length s
