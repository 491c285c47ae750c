module rec A : sig end = struct end and = struct end
