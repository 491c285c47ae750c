let	x	=	1	+		)
