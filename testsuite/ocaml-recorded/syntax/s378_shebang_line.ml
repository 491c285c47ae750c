#!/usr/bin/env ocaml
let x = 1
