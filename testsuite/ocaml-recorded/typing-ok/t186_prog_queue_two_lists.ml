type 'a queue = { front : 'a list; back : 'a list }
let empty = { front = []; back = [] }
let enqueue x q = { q with back = x :: q.back }
let rec dequeue q = match q.front, q.back with
  | [], [] -> None
  | [], back -> dequeue { front = List.rev back; back = [] }
  | x :: f, back -> Some (x, { front = f; back })
