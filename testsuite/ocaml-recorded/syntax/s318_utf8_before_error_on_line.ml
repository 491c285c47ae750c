let msg = "café" ^ )
