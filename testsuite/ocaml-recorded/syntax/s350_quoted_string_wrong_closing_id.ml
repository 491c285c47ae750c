let sql = {sql|SELECT * FROM t|}
let n = 1
