open Printf
open Lists
