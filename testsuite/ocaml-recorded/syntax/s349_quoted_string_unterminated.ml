let s = {|hello
world
