let groups = [([1; 2], ["a"]); ([3], [])]
let nested_opt = [Some [Some 1]; None]
