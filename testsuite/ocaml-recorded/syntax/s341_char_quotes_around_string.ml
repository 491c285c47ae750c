let greeting = 'hello'
