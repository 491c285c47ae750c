mlhint expect FILE (EXPECT.md): exit status 0 when every block matches.

  $ cat > ok.ml <<'EOF'
  > let a = 2l
  > let _ = Int32.add a 3
  > [%%expect{|
  > val a : int32
  > Line 2, characters 20-21:
  > 2 | let _ = Int32.add a 3
  >                         ^
  > Error: This expression has type int but an expression was expected of type
  >          int32
  >   Hint: Did you mean `3l'?
  > |}]
  > EOF
  $ mlhint expect ok.ml
  $ ls
  ok.ml

A block that does not match: a unified diff on stdout, FILE.corrected
written next to the file, exit status 1; the file itself is untouched.

  $ cat > stale.ml <<'EOF'
  > (* The signature changed. *)
  > let f x = x + 1
  > [%%expect{|
  > val f : int -> string
  > |}]
  > 
  > let g = f
  > [%%expect{|
  > val g : int -> int
  > |}]
  > EOF
  $ cp stale.ml stale.orig
  $ mlhint expect stale.ml
  --- stale.ml
  +++ stale.ml.corrected
  @@ -1,7 +1,7 @@
   (* The signature changed. *)
   let f x = x + 1
   [%%expect{|
  -val f : int -> string
  +val f : int -> int
   |}]
   
   let g = f
  [1]
  $ cmp stale.ml stale.orig
  $ diff stale.ml stale.ml.corrected
  4c4
  < val f : int -> string
  ---
  > val f : int -> int
  [1]

Running again after fixing the block removes the stale FILE.corrected.

  $ cp stale.ml.corrected stale.ml
  $ mlhint expect stale.ml
  $ ls
  ok.ml
  stale.ml
  stale.orig

--promote rewrites the blocks with what was printed, and no other byte of
the file; an empty block starts a new test.

  $ printf 'let f x = x + 1\n[%%%%expect{|\nval f : int -> string\n|}]\n\nlet h = f 1 (* new *)\n[%%%%expect{||}]\n' > new.ml
  $ cp new.ml new.orig
  $ mlhint expect --promote new.ml
  mlhint: promoted new.ml
  $ diff new.orig new.ml
  3c3
  < val f : int -> string
  ---
  > val f : int -> int
  7c7,9
  < [%%expect{||}]
  ---
  > [%%expect{|
  > val h : int
  > |}]
  [1]
  $ mlhint expect new.ml

Code after the last block gets a block of its own when it prints
something.

  $ printf 'let x = 1\n[%%%%expect{|\nval x : int\n|}]\nlet y = x\n' > tail.ml
  $ mlhint expect --promote tail.ml
  mlhint: promoted tail.ml
  $ cat tail.ml
  let x = 1
  [%%expect{|
  val x : int
  |}]
  let y = x
  [%%expect{|
  val y : int
  |}]

A malformed file: exit status 2, nothing written.

  $ printf 'let x = 1\n[%%%%expect{|\nval x : int\n' > unclosed.ml
  $ mlhint expect unclosed.ml
  mlhint: unclosed.ml: the [%%expect block of line 2 is malformed: its {| string is not closed by |}
  [2]
  $ printf '(* TEST\n   flags: -w +27\nlet x = 1\n[%%%%expect{||}]\n' > header.ml
  $ mlhint expect header.ml
  mlhint: header.ml: the (* TEST header is not closed
  [2]
  $ printf '(* TEST\n   flags: --frobnicate\n*)\nlet x = 1\n[%%%%expect{||}]\n' > flag.ml
  $ mlhint expect flag.ml
  mlhint: flag.ml: unknown flag '--frobnicate' in the (* TEST *) header
  [2]
  $ printf '(* TEST\n   modules: a.ml\n*)\nlet x = 1\n[%%%%expect{||}]\n' > field.ml
  $ mlhint expect field.ml
  mlhint: field.ml: unknown field 'modules' in the (* TEST *) header (only 'flags' is known)
  [2]
  $ mlhint expect missing.ml
  mlhint: missing.ml: No such file or directory
  [2]
  $ ls
  field.ml
  flag.ml
  header.ml
  new.ml
  new.orig
  ok.ml
  stale.ml
  stale.orig
  tail.ml
  unclosed.ml

Several files: each is checked; the status is the worst.

  $ mlhint expect ok.ml stale.orig missing.ml > /dev/null
  mlhint: missing.ml: No such file or directory
  [2]
