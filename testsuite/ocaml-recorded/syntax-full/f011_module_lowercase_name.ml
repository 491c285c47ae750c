module m = struct end
