let q = {%sql|SELECT 1|}
