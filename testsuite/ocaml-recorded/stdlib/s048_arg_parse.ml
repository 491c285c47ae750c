(* A command-line tool: options parsed with Arg.parse, aligned with Arg.align *)
let verbose = ref false
let color = ref true
let output = ref ""
let jobs = ref 1
let ratio = ref 1.0
let mode = ref "fast"
let inputs = ref []
let extra = ref []
let level = ref 0

let set_level n = if n < 0 then raise (Arg.Bad "negative level") else level := n

let specs =
  Arg.align
    [
      ("-v", Arg.Set verbose, " print what is done");
      ("--no-color", Arg.Clear color, " plain output");
      ("-o", Arg.Set_string output, "FILE write the result to FILE");
      ("-j", Arg.Set_int jobs, "N run N jobs at once");
      ("--ratio", Arg.Set_float ratio, "R the compression ratio");
      ("--level", Arg.Int set_level, "L the level");
      ("--mode", Arg.Symbol ([ "fast"; "slow" ], fun s -> mode := s), " the mode");
      ("--debug", Arg.Bool (fun b -> if b then verbose := true), "B debugging");
      ("--size", Arg.Tuple [ Arg.Int (fun w -> level := w); Arg.Float (fun _ -> ()) ], "W H the size");
      ("--version", Arg.Unit (fun () -> print_endline "1.0"; exit 0), " print the version");
      ("--", Arg.Rest (fun s -> extra := s :: !extra), " the rest is passed on");
    ]

let usage = "tool [options] FILE..."

let main () =
  Arg.parse specs (fun f -> inputs := f :: !inputs) usage;
  if !inputs = [] then begin
    prerr_string (Arg.usage_string specs usage);
    exit 2
  end;
  List.iter
    (fun f -> Printf.printf "%s -> %s (jobs=%d, ratio=%g, mode=%s)\n" f !output !jobs !ratio !mode)
    (List.rev !inputs)

let parse_these argv =
  let current = ref 0 in
  try Arg.parse_argv ~current argv specs (fun _ -> ()) usage; Ok !current with
  | Arg.Bad msg -> Error msg
  | Arg.Help msg -> Error msg

let () = main ()
