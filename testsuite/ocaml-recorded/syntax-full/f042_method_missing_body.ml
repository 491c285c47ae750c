let o = object method m end
