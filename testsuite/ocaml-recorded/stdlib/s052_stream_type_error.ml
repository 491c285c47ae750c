(* Stream.of_string gives characters, not strings *)
let first_word text : string Stream.t = Stream.of_string text
