let sign x =
	if x > 0
		then "positive"
		else "negative" )
