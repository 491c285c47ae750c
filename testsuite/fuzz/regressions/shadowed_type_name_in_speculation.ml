(* Found by the check fuzzer (ASan: a heap-use-after-free, then a heap
   overflow). The error names two types called shape, and says where each
   is defined; the hints then re-type the item in a speculation, whose
   text is the item alone, and the definitions' places were printed from
   that text: offsets of the file read in another, shorter buffer, or in
   one already freed. The place is now printed when the type is defined. *)
type shape = Circle
let c = Circle
type shape = Square
let s : shape = c
