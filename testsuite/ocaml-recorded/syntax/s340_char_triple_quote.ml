let quote = '''
