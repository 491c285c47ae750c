class c = object constraint 'a end
