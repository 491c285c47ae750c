let p = 2. ** 3. ** 2.
let q x = -. x ** 2.
