let fail () = raise "something went wrong"
