let n = String.length 'a'
