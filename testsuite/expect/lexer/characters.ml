(* Characters that cannot start a token, and the escapes OCaml rejects. *)

(* A backslash outside a string or character literal. *)
let half = 1 \ 2
[%%expect{|
Line 1, characters 13-14:
1 | let half = 1 \ 2
                 ^
Error: Illegal character (\\)
|}]

(* Non-ASCII bytes are illegal outside strings and comments; OCaml names the
   first byte of the sequence. *)
let café = 1
[%%expect{|
Line 1, characters 4-8:
1 | let café = 1
        ^^^^
Alert deprecated: ISO-Latin1 characters in identifiers
Line 1, characters 8-9:
1 | let café = 1
            ^
Error: Illegal character (\169)
|}]

(* ... but allowed inside strings and comments: été. *)
let summer = "été"
[%%expect{|
val summer : string
|}]

(* .~ is reserved for MetaOCaml. *)
let f x = x.~y
[%%expect{|
Line 1, characters 11-13:
1 | let f x = x.~y
               ^^
Error: Reserved character sequence: .~ is reserved for use in MetaOCaml
|}]

let empty = ''
[%%expect{|
Line 1, characters 12-14:
1 | let empty = ''
                ^^
Error: Illegal empty character literal ''
  Hint: Did you mean ' ' or a type variable 'a?
|}]

(* Character literals: every escape form OCaml accepts. *)
let chars = ['\n'; '\\'; '\''; '"'; '\065'; '\x41'; '\o101'; ' ']
[%%expect{|
val chars : char list
|}]

let c = '\q'
[%%expect{|
Line 1, characters 8-11:
1 | let c = '\q'
            ^^^
Error: Illegal backslash escape in string or character (\q)
|}]

let c = '\300'
[%%expect{|
Line 1, characters 8-14:
1 | let c = '\300'
            ^^^^^^
Error: Illegal backslash escape in string or character ('\300'): 300 is outside the range of legal characters (0-255).
|}]

(* In a string, a decimal escape above 255 is an error ... *)
let s = "\256"
[%%expect{|
Line 1, characters 9-13:
1 | let s = "\256"
             ^^^^
Error: Illegal backslash escape in string or character (\256): 256 is outside the range of legal characters (0-255).
|}]

(* ... and so is a Unicode escape out of range ... *)
let s = "\u{110000}"
[%%expect{|
Line 1, characters 9-19:
1 | let s = "\u{110000}"
             ^^^^^^^^^^
Error: Illegal backslash escape in string or character (\u{110000}): 110000 is not a Unicode scalar value
|}]

(* ... but an unknown escape is only warning 14, and the string keeps the
   backslash. *)
let pattern = "a\.b"
[%%expect{|
Line 1, characters 16-18:
1 | let pattern = "a\.b"
                    ^^
Warning 14 [illegal-backslash]: illegal backslash escape in string.
val pattern : string
|}]

(* The valid string escapes, and \-newline continuation. *)
let s = "tab\there \"quoted\" \x41\o101\065 \u{1F600} \
         continued"
[%%expect{|
val s : string
|}]
