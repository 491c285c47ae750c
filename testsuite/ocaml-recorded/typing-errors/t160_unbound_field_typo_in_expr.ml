type person = { name : string; age : int }
let p = { nme = "Ann"; age = 3 }
