type container = Empty | Full of 'a
