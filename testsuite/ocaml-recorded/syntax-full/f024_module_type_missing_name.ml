module type = sig end
