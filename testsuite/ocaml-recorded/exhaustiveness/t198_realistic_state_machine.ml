type state = Idle | Running of int | Done
type event = Start | Tick | Stop
let step s e = match s, e with
  | Idle, Start -> Running 0
  | Running n, Tick -> Running (n + 1)
  | Running _, Stop -> Done
  | Done, _ -> Done
