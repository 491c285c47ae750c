type t = private
