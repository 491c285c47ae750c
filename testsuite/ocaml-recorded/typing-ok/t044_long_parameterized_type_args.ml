type ('a, 'b, 'c) triple = { one : 'a; two : 'b; three : 'c }
let nested = { one = { one = [1]; two = "two"; three = 3.0 }; two = { one = 'c'; two = [true]; three = None }; three = () }
