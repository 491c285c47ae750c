let command = function "start" -> 1 | "stop" -> 2
