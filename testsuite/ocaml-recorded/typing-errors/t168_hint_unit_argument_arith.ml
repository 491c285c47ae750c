let read_count () = 10
let doubled = read_count * 2
