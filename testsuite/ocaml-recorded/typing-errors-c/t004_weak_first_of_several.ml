let names = ref []
let ages = ref []
let () = ages := [1; 2]
