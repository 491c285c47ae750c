type person = { name : string; age : int }
let years p = p.ages
