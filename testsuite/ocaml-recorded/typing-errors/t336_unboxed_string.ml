external length : (string [@unboxed]) -> int = "len_byte" "len"
