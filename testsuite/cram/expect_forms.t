mlhint expect reads every form of block OCaml's expect tool reads
(testsuite/tools/expect_test.ml parses the file and takes each structure
item [%%expect PAYLOAD] as a block): blanks and comments anywhere between
its tokens, `[%%ocaml.expect`, no payload at all, a quoted string with any
tag, and OCaml's pair `{|...|}, Principal{|...|}` (what OCaml prints with
-principal: kept as it is). A `;;` after a block ends the phrase before it,
so the next chunk's lines are numbered from its own first token. Every
output below is what OCaml 4.13.1's expect tool prints for these chunks.

  $ cat > forms.ml <<'EOF'
  > (* Every form of block OCaml's expect tool reads. *)
  > type a = int
  > [%%expect{|
  > |}]
  > 
  > type b = A | B;;
  > [%%expect {|
  > type b = A of int
  > |} ];;
  > 
  > 
  > let f x = x + "one"
  > [%%expect]
  > 
  > exception E
  > [%%expect
  >   {|
  > |}
  > ]
  > 
  > type c = { x : int }
  > [%%expect{tag|
  > |tag}, Principal{|
  > kept as it is
  > |}]
  > 
  > type d = c
  > [%%ocaml.expect{||}]
  > 
  > type e = d list
  > [%% expect (* a comment *) {||}]
  > 
  > let g (x : e) = x.x
  > [%%expect ({||}, Principal {||})]
  > 
  > (* [%%expect{|inside a comment|}] *)
  > let s = "[%%expect{|inside a string|}]" + 1
  > [%%expect{|
  > |}]
  > 
  > let raw = {|quoted|} + 1
  > [%%expect{|
  > |}]
  > type z = int
  > EOF
  $ cp forms.ml forms.orig
  $ mlhint expect --promote forms.ml
  mlhint: promoted forms.ml
  $ cat forms.ml
  (* Every form of block OCaml's expect tool reads. *)
  type a = int
  [%%expect{|
  type a = int
  |}]
  
  type b = A | B;;
  [%%expect {|
  type b = A | B
  |} ];;
  
  
  let f x = x + "one"
  [%%expect{|
  Line 1, characters 14-19:
  1 | let f x = x + "one"
                    ^^^^^
  Error: This expression has type string but an expression was expected of type
           int
  Line 1, characters 12-13:
  1 | let f x = x + "one"
                  ^
    Hint: Did you mean to use `^'?
  |}]
  
  exception E
  [%%expect
    {|
  exception E
  |}
  ]
  
  type c = { x : int }
  [%%expect{tag|
  type c = { x : int; }
  |tag}, Principal{|
  kept as it is
  |}]
  
  type d = c
  [%%ocaml.expect{|
  type d = c
  |}]
  
  type e = d list
  [%% expect (* a comment *) {|
  type e = d list
  |}]
  
  let g (x : e) = x.x
  [%%expect ({|
  Line 1, characters 16-17:
  1 | let g (x : e) = x.x
                      ^
  Error: This expression has type e = d list
         but an expression was expected of type c
  |}, Principal {||})]
  
  (* [%%expect{|inside a comment|}] *)
  let s = "[%%expect{|inside a string|}]" + 1
  [%%expect{expect|
  Line 1, characters 8-39:
  1 | let s = "[%%expect{|inside a string|}]" + 1
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  Error: This expression has type string but an expression was expected of type
           int
  |expect}]
  
  let raw = {|quoted|} + 1
  [%%expect{expect|
  Line 1, characters 10-20:
  1 | let raw = {|quoted|} + 1
                ^^^^^^^^^^
  Error: This expression has type string but an expression was expected of type
           int
  |expect}]
  type z = int
  [%%expect{|
  type z = int
  |}]
  $ mlhint expect forms.ml

--promote changes nothing but the text of each block's first string (its
tag too when the text holds `|}`, as an excerpt of a quoted string does),
inserts a string after `[%%expect]` where OCaml does, and adds a block
after the code that ends the file. With every quoted string emptied, the
file is the same but for those two insertions:

  $ strip() { perl -0pe 's/\{([a-z_]*)\|.*?\|\1\}/{}/gs' "$1"; }
  $ strip forms.orig > before
  $ strip forms.ml > after
  $ diff before after
  10c10
  < [%%expect]
  ---
  > [%%expect{}]
  35a36
  > [%%expect{}]
  [1]

Anything else that starts as a block is an error that leaves the file as it
is: exit status 2, one line saying what is wrong. (`[%%expected]` and
`[%expect ...]` are other extensions, code for OCaml as for mlhint.)

  $ for block in '[%%expect "text"]' '[%%expect{|text|}' '[%%expect{|text' \
  >     '[%%expect{|a|}, {|b|}]' '[%%expect{|a|}, Principal{|b|}' '[%%expect (* a comment' \
  >     '[%%expect ({|a|}]' '[%%expect{sql|text|}]'; do
  >   printf 'type t = int\n%s\ntype u = t\n' "$block" > bad.ml
  >   cp bad.ml bad.orig
  >   mlhint expect --promote bad.ml
  >   echo "exit $?"
  >   cmp bad.ml bad.orig
  > done
  mlhint: bad.ml: the [%%expect block of line 2 is malformed: it holds something other than {|...|} strings
  exit 2
  mlhint: bad.ml: the [%%expect block of line 2 is malformed: its string ends at the |} of line 2, which ] does not follow (a text that holds |} needs another tag: {expect|...|expect})
  exit 2
  mlhint: bad.ml: the [%%expect block of line 2 is malformed: its {| string is not closed by |}
  exit 2
  mlhint: bad.ml: the [%%expect block of line 2 is malformed: a pair in it is not {|...|}, Principal{|...|}
  exit 2
  mlhint: bad.ml: the [%%expect block of line 2 is malformed: it is not closed by ]
  exit 2
  mlhint: bad.ml: the [%%expect block of line 2 is malformed: a comment in it is not closed
  exit 2
  mlhint: bad.ml: the [%%expect block of line 2 is malformed: a ( in it is not closed
  exit 2
  mlhint: bad.ml: the [%%expect block of line 2 is malformed: its {sql| string is not closed by |sql}
  exit 2

A block whose text holds `|}` needs a tag, as OCaml reads it (mlhint before
this version wrote such blocks without one):

  $ printf 'let raw = {|quoted|} + 1\n[%%%%expect{|\n1 | let raw = {|quoted|} + 1\n|}]\n' > old.ml
  $ mlhint expect --promote old.ml
  mlhint: old.ml: the [%%expect block of line 2 is malformed: its string ends at the |} of line 3, which ] does not follow (a text that holds |} needs another tag: {expect|...|expect})
  [2]
