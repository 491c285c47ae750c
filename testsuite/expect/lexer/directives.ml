(* Line directives and labels, which the lexer checks. *)

(* A line directive whose number does not fit. *)
# 99999999999999999999 "x.ml"
let x = 1
[%%expect{|
Line 1, characters 1-29:
1 | # 99999999999999999999 "x.ml"
     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
Error: Invalid lexer directive "# 99999999999999999999 \"x.ml\"": line number out of range
|}]

(* A keyword used as a label is a lexical error, before labels are refused
   as outside the subset. *)
let f ~type:t = t
[%%expect{|
Line 1, characters 6-12:
1 | let f ~type:t = t
          ^^^^^^
Error: `type' is a keyword, it cannot be used as label name
|}]
