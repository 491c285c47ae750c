let f x = x; % 
