let q = Queue.create ()
let () = Queue.add q 1
