external fast_sqrt : (float [@unboxed]) -> (float [@unboxed]) = "fast_sqrt"
