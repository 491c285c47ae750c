type color = Red | Green | Blue
let next = function Red -> Green | Green -> Blue | Blue -> Red
let all = [Red; Green; Blue]
