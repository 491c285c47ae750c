type box = { content : 'a }
